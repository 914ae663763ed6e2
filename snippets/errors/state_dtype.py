import torch
from torch import nn

x = torch.randn(5, 3, 10)              # float32, like the parameters
h_0 = torch.zeros(1, 3, 20, dtype=torch.float64)
for layer, state in ((nn.GRU(10, 20), h_0), (nn.LSTM(10, 20), (h_0, h_0))):
    try:
        layer(x, state)
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
