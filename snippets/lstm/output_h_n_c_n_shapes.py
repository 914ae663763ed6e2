import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2)
x = torch.randn(5, 3, 10)              # (seq_len, batch, input_size)
output, (h_n, c_n) = lstm(x)           # the states come back as one tuple

print("output:", output.shape)         # top layer, every step
print("h_n:   ", h_n.shape)            # every layer, last step
print("c_n:   ", c_n.shape)            # like h_n when proj_size=0
