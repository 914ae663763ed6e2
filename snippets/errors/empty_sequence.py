import torch
from torch import nn

lstm = nn.LSTM(input_size=10, hidden_size=20)
x = torch.randn(0, 3, 10)              # seq_len 0, e.g. an empty slice
try:
    lstm(x)
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
