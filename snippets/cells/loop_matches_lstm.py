import torch
from torch import nn

torch.manual_seed(0)
lstm, cell = nn.LSTM(10, 20), nn.LSTMCell(10, 20)
# Same parameters, names without the "_l0" suffix
cell.load_state_dict({name.removesuffix("_l0"): p
                      for name, p in lstm.state_dict().items()})

x = torch.randn(5, 3, 10)                      # (seq_len, batch, input_size)
h, c = torch.zeros(3, 20), torch.zeros(3, 20)
steps = []
for x_t in x:                                  # one call per time step
    h, c = cell(x_t, (h, c))
    steps.append(h)

output, (h_n, c_n) = lstm(x)
print("output matches:", torch.allclose(torch.stack(steps), output, atol=1e-6))
print("h_n matches:   ", torch.allclose(h, h_n[0], atol=1e-6))
print("c_n matches:   ", torch.allclose(c, c_n[0], atol=1e-6))
