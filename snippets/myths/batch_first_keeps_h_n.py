import torch
from torch import nn

lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2, batch_first=True)
x = torch.randn(3, 5, 10)              # (batch, seq_len, input_size)
output, (h_n, c_n) = lstm(x)
print("output:", output.shape)         # batch first
print("h_n:   ", h_n.shape)            # still (num_layers, batch, hidden_size)
print("c_n:   ", c_n.shape)
