import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=10, hidden_size=20, num_layers=2, batch_first=True)
x = torch.randn(3, 5, 10)              # (batch, seq_len, input_size)
output, h_n = rnn(x)

print("output:", output.shape)         # batch first
print("h_n:   ", h_n.shape)            # NOT batch first: (layers, batch, H)
last = torch.equal(output[:, -1], h_n[-1])
print("output[:, -1] equals h_n[-1]:", last)
