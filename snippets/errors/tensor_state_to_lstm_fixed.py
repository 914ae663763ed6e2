import torch
from torch import nn

lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2)
x = torch.randn(5, 3, 10)
h_0 = torch.zeros(2, 3, 20)
c_0 = torch.zeros(2, 3, 20)
output, (h_n, c_n) = lstm(x, (h_0, c_0))   # the state is a tuple (h, c)
print("output:", output.shape)
print("h_n:   ", h_n.shape)
print("c_n:   ", c_n.shape)
