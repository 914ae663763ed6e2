import torch
from torch import nn

x = torch.randn(5, 3, 10)              # a whole sequence
for module in (nn.RNNCell, nn.LSTMCell, nn.GRUCell):
    cell = module(input_size=10, hidden_size=20)
    try:
        cell(x)
    except ValueError as error:
        print(type(error).__name__ + ":", error)
