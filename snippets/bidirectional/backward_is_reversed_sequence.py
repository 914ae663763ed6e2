import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H = 6, 2, 3, 4
rnn = nn.RNN(H_in, H, bidirectional=True)
x, h_0 = torch.randn(L, N, H_in), torch.randn(2, N, H)
output, h_n = rnn(x, h_0)

def run(x, h, W_ih, W_hh, b_ih, b_hh):     # the nn.RNN equation
    steps = []
    for x_t in x:
        h = torch.tanh(x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        steps.append(h)
    return torch.stack(steps)

p = list(rnn.parameters())      # W_ih, W_hh, b_ih, b_hh; then _reverse
forward = run(x, h_0[0], *p[:4])
backward = run(x.flip(0), h_0[1], *p[4:]).flip(0)   # reversed in and back
print("forward  == output[..., :H]:",
      torch.allclose(forward, output[..., :H], atol=1e-6))
print("backward == output[..., H:]:",
      torch.allclose(backward, output[..., H:], atol=1e-6))
print("h_n == [forward[-1], backward[0]]:", torch.allclose(
    h_n, torch.stack([forward[-1], backward[0]]), atol=1e-6))
