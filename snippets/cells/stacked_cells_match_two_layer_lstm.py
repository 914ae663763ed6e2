import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(10, 20, num_layers=2)
cells = [nn.LSTMCell(10, 20), nn.LSTMCell(20, 20)]   # layer 1 reads layer 0's h (20 features)
for k, cell in enumerate(cells):
    params = {n.removesuffix(f"_l{k}"): p for n, p in lstm.named_parameters() if n.endswith(f"_l{k}")}
    cell.load_state_dict(params)

x = torch.randn(5, 3, 10)
states = [None, None]                          # (h, c) per layer; None means zeros
steps = []
for x_t in x:
    layer_input = x_t
    for k, cell in enumerate(cells):           # bottom to top within one time step
        states[k] = cell(layer_input, states[k])
        layer_input = states[k][0]
    steps.append(layer_input)                  # the top layer's h is the output

output, (h_n, c_n) = lstm(x)
print("output matches:", torch.allclose(torch.stack(steps), output, atol=1e-6))
print("h_n matches:   ", torch.allclose(torch.stack([h for h, c in states]), h_n, atol=1e-6))
print("c_n matches:   ", torch.allclose(torch.stack([c for h, c in states]), c_n, atol=1e-6))
