import torch
from torch import nn

cell = nn.LSTMCell(input_size=10, hidden_size=20)
x = torch.randn(5, 3, 10)              # a whole sequence
try:
    cell(x)
except ValueError as error:
    print(type(error).__name__ + ":", error)
