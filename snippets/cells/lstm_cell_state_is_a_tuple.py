import torch
from torch import nn

cell = nn.LSTMCell(10, 20)
x, h = torch.randn(3, 10), torch.zeros(3, 20)

try:
    cell(x, h)                                 # h alone: LSTMCell needs (h, c)
except TypeError as error:
    print(type(error).__name__ + ":", error)
h_next, c_next = cell(x, (h, torch.zeros(3, 20)))
print("with (h, c):", [tuple(h_next.shape), tuple(c_next.shape)])
