import torch
from torch import nn

x = torch.randn(3, 10)
h_n = torch.zeros(1, 3, 20)            # e.g. taken from an nn.GRU's h_n
calls = [
    lambda: nn.RNNCell(10, 20)(x, h_n),
    lambda: nn.GRUCell(10, 20)(x, h_n),
    lambda: nn.LSTMCell(10, 20)(x, (h_n, h_n)),
]
for call in calls:
    try:
        call()
    except ValueError as error:
        print(type(error).__name__ + ":", error)
