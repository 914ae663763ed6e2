import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H, K = 6, 3, 4, 5, 2                 # K layers, 2 directions
lstm = nn.LSTM(H_in, H, num_layers=K, bidirectional=True)
x = torch.randn(L, N, H_in)
h_0, c_0 = torch.randn(2 * K, N, H), torch.randn(2 * K, N, H)
p = dict(lstm.named_parameters())
layer_input, h_n, c_n = x, [], []
for k in range(K):
    directions = []
    for d, sfx in enumerate(["", "_reverse"]):    # state index 2k + d
        W_ih, W_hh = p[f"weight_ih_l{k}{sfx}"], p[f"weight_hh_l{k}{sfx}"]
        b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"]
        h, c, steps = h_0[2 * k + d], c_0[2 * k + d], {}
        for t in (range(L) if d == 0 else reversed(range(L))):
            z = layer_input[t] @ W_ih.T + h @ W_hh.T + b
            i, f, g, o = z.chunk(4, dim=1)          # order i, f, g, o
            c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
            h = steps[t] = torch.sigmoid(o) * torch.tanh(c)
        directions.append(torch.stack([steps[t] for t in range(L)]))
        h_n.append(h), c_n.append(c)
    layer_input = torch.cat(directions, dim=2)  # next layer reads both
output, (t_h_n, t_c_n) = lstm(x, (h_0, c_0))
close = lambda a, b: torch.allclose(a, b, atol=1e-6)
print("output matches:", close(layer_input, output))
print("h_n matches:   ", close(torch.stack(h_n), t_h_n))
print("c_n matches:   ", close(torch.stack(c_n), t_c_n))
