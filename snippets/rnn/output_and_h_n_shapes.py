import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=10, hidden_size=20, num_layers=2)
x = torch.randn(5, 3, 10)              # (seq_len, batch, input_size)
output, h_n = rnn(x)

print("output:", output.shape)         # top layer, every step
print("h_n:   ", h_n.shape)            # every layer, last step
