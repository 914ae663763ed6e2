import torch
from torch import nn

x = torch.randn(3, 8)                  # (batch, 8 features)
for module in (nn.RNNCell, nn.LSTMCell, nn.GRUCell):
    try:
        module(input_size=10, hidden_size=20)(x)
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
