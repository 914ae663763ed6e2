import torch
from torch import nn

try:
    nn.RNN(10, 20, nonlinearity="sigmoid")
except ValueError as error:
    print(type(error).__name__ + ":", error)
cell = nn.RNNCell(10, 20, nonlinearity="sigmoid")   # accepted here
try:
    cell(torch.randn(3, 10))
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
