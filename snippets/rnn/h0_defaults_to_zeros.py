import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=4, hidden_size=6, num_layers=2)
x = torch.randn(5, 3, 4)

output_default, h_n_default = rnn(x)                  # no h_0 given
h_0 = torch.zeros(2, 3, 6)                            # (num_layers, batch, hidden_size)
output_zeros, h_n_zeros = rnn(x, h_0)

print("h_0 omitted == zeros:", torch.equal(output_default, output_zeros) and torch.equal(h_n_default, h_n_zeros))
