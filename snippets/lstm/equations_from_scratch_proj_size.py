import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H, P, layers = 6, 3, 4, 5, 2, 2
lstm = nn.LSTM(H_in, H, num_layers=layers, bidirectional=True, proj_size=P)
x, h_0, c_0 = torch.randn(L, N, H_in), torch.randn(2 * layers, N, P), torch.randn(2 * layers, N, H)
names = ("weight_ih", "weight_hh", "bias_ih", "bias_hh", "weight_hr")

layer_input, h_n, c_n = x, [], []
for k in range(layers):
    directions = []
    for d, suffix in enumerate(["", "_reverse"]):
        W_ih, W_hh, b_ih, b_hh, W_hr = (getattr(lstm, f"{name}_l{k}{suffix}") for name in names)
        h, c, steps = h_0[2 * k + d], c_0[2 * k + d], []
        for t in (range(L) if d == 0 else reversed(range(L))):
            i, f, g, o = (layer_input[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh).chunk(4, dim=1)
            c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)   # c_t keeps hidden_size features
            h = (torch.sigmoid(o) * torch.tanh(c)) @ W_hr.T                # h_t = W_hr (o_t * tanh(c_t)): proj_size
            steps.append(h)
        directions.append(torch.stack(steps if d == 0 else steps[::-1]))
        h_n.append(h), c_n.append(c)
    layer_input = torch.cat(directions, dim=2)

output, (torch_h_n, torch_c_n) = lstm(x, (h_0, c_0))
print("output matches:", torch.allclose(layer_input, output, atol=1e-6))
print("h_n matches:   ", torch.allclose(torch.stack(h_n), torch_h_n, atol=1e-6))
print("c_n matches:   ", torch.allclose(torch.stack(c_n), torch_c_n, atol=1e-6))
