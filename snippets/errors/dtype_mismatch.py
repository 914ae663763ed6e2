import torch
from torch import nn

lstm = nn.LSTM(input_size=10, hidden_size=20)   # float32 weights
x = torch.randn(5, 3, 10, dtype=torch.float64)  # e.g. from torch.from_numpy
try:
    lstm(x)
except ValueError as error:
    print(type(error).__name__ + ":", error)
