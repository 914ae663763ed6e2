import torch
from torch import nn

lstm = nn.LSTM(input_size=10, hidden_size=20, proj_size=5)
output, (h_n, c_n) = lstm(torch.randn(7, 3, 10))
print("h_n:", h_n.shape)               # proj_size features
print("c_n:", c_n.shape)               # hidden_size features
