import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=10, hidden_size=20, num_layers=3, bidirectional=True)
x = torch.randn(5, 3, 10)
output, h_n = rnn(x)

print("output:", output.shape)         # last dim: 2 * hidden_size
print("h_n:   ", h_n.shape)            # first dim: num_layers * 2
