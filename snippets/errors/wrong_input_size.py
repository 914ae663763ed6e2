import torch
from torch import nn

x = torch.randn(5, 3, 8)               # 8 features per step, modules expect 10
for module in (nn.RNN, nn.LSTM, nn.GRU):
    try:
        module(input_size=10, hidden_size=20)(x)
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
