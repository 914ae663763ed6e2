import torch
from torch import nn

cell = nn.LSTMCell(input_size=10, hidden_size=20)
x = torch.randn(5, 3, 10)
h, c = torch.zeros(3, 20), torch.zeros(3, 20)
outputs = []
for x_t in x:                          # one step: (batch, input_size)
    h, c = cell(x_t, (h, c))
    outputs.append(h)
print("one step:", x[0].shape, "->", h.shape)
print("stacked: ", torch.stack(outputs).shape)
