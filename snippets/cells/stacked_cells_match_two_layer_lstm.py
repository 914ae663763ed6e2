import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(10, 20, num_layers=2)
cells = [nn.LSTMCell(10, 20), nn.LSTMCell(20, 20)]   # layer 1 reads 20
for k, cell in enumerate(cells):
    cell.load_state_dict({n.removesuffix(f"_l{k}"): p for n, p
                          in lstm.state_dict().items() if f"_l{k}" in n})

x = torch.randn(5, 3, 10)
states, steps = [None, None], []               # (h, c) per layer
for x_t in x:
    layer_input = x_t
    for k, cell in enumerate(cells):           # bottom to top, one step
        states[k] = cell(layer_input, states[k])
        layer_input = states[k][0]
    steps.append(layer_input)                  # the top layer's h

output, (h_n, c_n) = lstm(x)
h_all, c_all = (torch.stack(s) for s in zip(*states))
print("output matches:", torch.allclose(torch.stack(steps), output, atol=1e-6))
print("h_n matches:   ", torch.allclose(h_all, h_n, atol=1e-6))
print("c_n matches:   ", torch.allclose(c_all, c_n, atol=1e-6))
