import torch
from torch import nn

# 0 < proj_size < hidden_size
lstm = nn.LSTM(input_size=10, hidden_size=20, proj_size=5)
output, (h_n, c_n) = lstm(torch.randn(7, 3, 10))
print("output:", output.shape)
print("h_n:   ", h_n.shape)
print("c_n:   ", c_n.shape)          # the cell state keeps hidden_size
