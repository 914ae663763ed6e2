import torch
from torch import nn

# proj_size=0 is the default: no projection
lstm = nn.LSTM(input_size=10, hidden_size=20, proj_size=0)
output, (h_n, c_n) = lstm(torch.randn(7, 3, 10))
print("output:", output.shape)
print("h_n:   ", h_n.shape)
print("c_n:   ", c_n.shape)
