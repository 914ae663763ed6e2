import torch
from torch import nn

x = torch.randn(0, 3, 10)              # seq_len 0, e.g. an empty slice
for module in (nn.RNN, nn.LSTM, nn.GRU):
    try:
        module(input_size=10, hidden_size=20)(x)
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
