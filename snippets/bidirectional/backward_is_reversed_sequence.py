import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H = 6, 2, 3, 4
rnn = nn.RNN(H_in, H, bidirectional=True)
x = torch.randn(L, N, H_in)
output, h_n = rnn(x)

def run(x, W_ih, W_hh, b_ih, b_hh):             # h_t = tanh(x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh)
    h, steps = torch.zeros(N, H), []
    for x_t in x:
        h = torch.tanh(x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        steps.append(h)
    return torch.stack(steps)

forward = run(x, rnn.weight_ih_l0, rnn.weight_hh_l0, rnn.bias_ih_l0, rnn.bias_hh_l0)
backward = run(x.flip(0), rnn.weight_ih_l0_reverse, rnn.weight_hh_l0_reverse,
               rnn.bias_ih_l0_reverse, rnn.bias_hh_l0_reverse).flip(0)   # reverse in, reverse back
print("forward  == output[..., :H]:", torch.allclose(forward, output[..., :H], atol=1e-6))
print("backward == output[..., H:]:", torch.allclose(backward, output[..., H:], atol=1e-6))
print("h_n == [forward[-1], backward[0]]:", torch.allclose(h_n, torch.stack([forward[-1], backward[0]]), atol=1e-6))
