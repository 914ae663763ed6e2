import torch
from torch import nn

x = torch.randn(5, 3, 10, dtype=torch.float64)  # e.g. from torch.from_numpy
for module in (nn.RNN, nn.LSTM, nn.GRU):        # float32 weights
    try:
        module(input_size=10, hidden_size=20)(x)
    except ValueError as error:
        print(type(error).__name__ + ":", error)
