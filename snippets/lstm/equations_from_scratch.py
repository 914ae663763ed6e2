import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H, layers = 6, 3, 4, 5, 2
lstm = nn.LSTM(H_in, H, num_layers=layers, bidirectional=True)
x, h_0, c_0 = torch.randn(L, N, H_in), torch.randn(2 * layers, N, H), torch.randn(2 * layers, N, H)
names = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")

layer_input, h_n, c_n = x, [], []
for k in range(layers):
    directions = []
    for d, suffix in enumerate(["", "_reverse"]):                 # state index 2k + d in h_0 / h_n
        W_ih, W_hh, b_ih, b_hh = (getattr(lstm, f"{name}_l{k}{suffix}") for name in names)
        h, c, steps = h_0[2 * k + d], c_0[2 * k + d], []
        for t in (range(L) if d == 0 else reversed(range(L))):   # reverse direction: last step first
            i, f, g, o = (layer_input[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh).chunk(4, dim=1)  # order i, f, g, o
            c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
            h = torch.sigmoid(o) * torch.tanh(c)
            steps.append(h)
        directions.append(torch.stack(steps if d == 0 else steps[::-1]))
        h_n.append(h), c_n.append(c)
    layer_input = torch.cat(directions, dim=2)                    # next layer reads both directions

output, (torch_h_n, torch_c_n) = lstm(x, (h_0, c_0))
print("output matches:", torch.allclose(layer_input, output, atol=1e-6))
print("h_n matches:   ", torch.allclose(torch.stack(h_n), torch_h_n, atol=1e-6))
print("c_n matches:   ", torch.allclose(torch.stack(c_n), torch_c_n, atol=1e-6))
