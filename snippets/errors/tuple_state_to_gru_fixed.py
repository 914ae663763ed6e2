import torch
from torch import nn

gru = nn.GRU(input_size=10, hidden_size=20)
x = torch.randn(5, 3, 10)
h_0 = torch.zeros(1, 3, 20)
output, h_n = gru(x, h_0)              # one tensor in, one tensor out
print("output:", output.shape)
print("h_n:   ", h_n.shape)
