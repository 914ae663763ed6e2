import torch
from torch import nn

x = torch.randn(5, 3, 10)              # float32, like the parameters
h_0 = torch.zeros(1, 3, 20, dtype=torch.float64)
calls = [
    lambda: nn.RNN(10, 20)(x, h_0),
    lambda: nn.GRU(10, 20)(x, h_0),
    lambda: nn.LSTM(10, 20)(x, (h_0, h_0)),
]
for call in calls:
    try:
        call()
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
