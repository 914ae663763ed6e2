import torch
from torch import nn

gru = nn.GRU(input_size=10, hidden_size=20, num_layers=2)
x = torch.randn(5, 10)                 # 2-D: one unbatched sequence
h_0 = torch.zeros(2, 1, 20)            # 3-D: batched state
try:
    gru(x, h_0)
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
