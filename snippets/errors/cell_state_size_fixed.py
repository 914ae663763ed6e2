import torch
from torch import nn

torch.manual_seed(0)
cell = nn.LSTMCell(10, 20)
x = torch.randn(5, 3, 10)              # loop over the 5 steps
h = torch.zeros(x.size(1), cell.hidden_size)   # (batch, hidden_size)
c = torch.zeros_like(h)
for x_t in x:
    h, c = cell(x_t, (h, c))
print("x_t:", tuple(x_t.shape), "h:", tuple(h.shape), "c:", tuple(c.shape))
