import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H, P, K = 6, 3, 4, 5, 2, 2           # unidirectional, K layers
lstm = nn.LSTM(H_in, H, num_layers=K, proj_size=P)
x = torch.randn(L, N, H_in)
h_0, c_0 = torch.randn(K, N, P), torch.randn(K, N, H)   # h: P, c: H
p = dict(lstm.named_parameters())
layer_input, h_n, c_n = x, [], []
for k in range(K):
    W_ih, W_hh = p[f"weight_ih_l{k}"], p[f"weight_hh_l{k}"]
    b, W_hr = p[f"bias_ih_l{k}"] + p[f"bias_hh_l{k}"], p[f"weight_hr_l{k}"]
    h, c, steps = h_0[k], c_0[k], []
    for t in range(L):
        z = layer_input[t] @ W_ih.T + h @ W_hh.T + b
        i, f, g, o = z.chunk(4, dim=1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = (torch.sigmoid(o) * torch.tanh(c)) @ W_hr.T    # proj_size
        steps.append(h)
    layer_input = torch.stack(steps)
    h_n.append(h), c_n.append(c)
output, (t_h_n, t_c_n) = lstm(x, (h_0, c_0))
close = lambda a, b: torch.allclose(a, b, atol=1e-6)
print("output matches:", close(layer_input, output))
print("h_n matches:   ", close(torch.stack(h_n), t_h_n))
print("c_n matches:   ", close(torch.stack(c_n), t_c_n))
