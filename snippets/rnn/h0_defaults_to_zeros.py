import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=4, hidden_size=6, num_layers=2)
x = torch.randn(5, 3, 4)

out_default, h_n_default = rnn(x)                     # no h_0 given
h_0 = torch.zeros(2, 3, 6)                            # (layers, batch, H)
out_zeros, h_n_zeros = rnn(x, h_0)

same = torch.equal(out_default, out_zeros)
same = same and torch.equal(h_n_default, h_n_zeros)
print("h_0 omitted == zeros:", same)
