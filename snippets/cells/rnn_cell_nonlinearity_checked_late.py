import torch
from torch import nn

# nn.RNN rejects a bad nonlinearity when built; nn.RNNCell only when called
cell = nn.RNNCell(10, 20, nonlinearity="sigmoid")
print("built:", cell)
try:
    cell(torch.randn(3, 10))
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
