import torch
from torch import nn

rnn = nn.RNN(input_size=10, hidden_size=20, num_layers=2, batch_first=True)
x = torch.randn(3, 5, 10)              # (batch, seq_len, input_size)
# h_0 is (num_layers * num_directions, batch, hidden_size),
# even with batch_first=True
h_0 = torch.zeros(rnn.num_layers, x.size(0), rnn.hidden_size)
output, h_n = rnn(x, h_0)
print("h_0:   ", h_0.shape)
print("output:", output.shape)
print("h_n:   ", h_n.shape)
