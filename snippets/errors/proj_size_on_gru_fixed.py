import torch
from torch import nn

# Only nn.LSTM has proj_size; for GRU/RNN project the output with a Linear
gru = nn.GRU(input_size=10, hidden_size=20)
project = nn.Linear(20, 5, bias=False)
output, h_n = gru(torch.randn(7, 3, 10))
print("projected output:", project(output).shape)
print("h_n:             ", h_n.shape)
