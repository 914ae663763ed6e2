import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2,
               bidirectional=True, proj_size=6)
x = torch.randn(7, 3, 10)
output, (h_n, c_n) = lstm(x)

print("output:", output.shape)   # (seq_len, batch, 2 * proj_size)
print("h_n:   ", h_n.shape)      # (2 * num_layers, batch, proj_size)
print("c_n:   ", c_n.shape)      # (2 * num_layers, batch, hidden_size)
