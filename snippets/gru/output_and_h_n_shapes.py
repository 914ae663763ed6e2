import torch
from torch import nn

torch.manual_seed(0)
gru = nn.GRU(input_size=10, hidden_size=20, num_layers=2)
x = torch.randn(5, 3, 10)              # (seq_len, batch, input_size)
output, h_n = gru(x)                   # two values, like nn.RNN: no cell state

print("h_n is a plain tensor:", type(h_n).__name__)
# (seq_len, batch, hidden_size): the top layer at every step
print("output:", output.shape)
# (num_layers, batch, hidden_size): every layer's final state
print("h_n:   ", h_n.shape)
print("output[-1] equals h_n[-1]:", torch.equal(output[-1], h_n[-1]))
