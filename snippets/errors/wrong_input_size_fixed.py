import torch
from torch import nn

x = torch.randn(5, 3, 8)
# input_size is the size of the input's last dimension
lstm = nn.LSTM(input_size=x.size(-1), hidden_size=20)
output, (h_n, c_n) = lstm(x)
print("output:", output.shape)
print("h_n:   ", h_n.shape)
