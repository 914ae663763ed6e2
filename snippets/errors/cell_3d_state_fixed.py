import torch
from torch import nn

torch.manual_seed(0)
gru, cell = nn.GRU(10, 20), nn.GRUCell(10, 20)
_, h_n = gru(torch.randn(5, 3, 10))    # h_n: (num_layers, batch, hidden)
h = cell(torch.randn(3, 10), h_n[-1])  # one layer's state: (batch, hidden)
print("h_n:", tuple(h_n.shape), "h_n[-1]:", tuple(h_n[-1].shape))
print("h:  ", tuple(h.shape))
