import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(3, 10)                  # ONE time step: (batch, input_size)

h = nn.RNNCell(10, 20)(x)               # returns h' only
print("RNNCell  h':", h.shape)
h = nn.GRUCell(10, 20)(x)               # returns h' only
print("GRUCell  h':", h.shape)
h, c = nn.LSTMCell(10, 20)(x)           # returns the tuple (h', c')
print("LSTMCell h':", h.shape, " c':", c.shape)
