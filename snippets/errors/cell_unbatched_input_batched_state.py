import torch
from torch import nn

cell = nn.GRUCell(input_size=10, hidden_size=20)
x = torch.randn(10)                    # 1-D: one sample, no batch dimension
h = torch.zeros(3, 20)                 # 2-D: a batch of 3 states
try:
    cell(x, h)
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
