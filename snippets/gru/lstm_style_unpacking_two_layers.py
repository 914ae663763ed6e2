import torch
from torch import nn

torch.manual_seed(0)
gru = nn.GRU(input_size=10, hidden_size=20, num_layers=2)
x = torch.randn(5, 3, 10)

output, (h_n, c_n) = gru(x)        # LSTM habit: no error with two layers...
print("h_n:", h_n.shape, " c_n:", c_n.shape)

_, real_h_n = gru(x)               # ...as the (2, 3, 20) h_n splits on dim 0
print("real h_n:", real_h_n.shape)
print("h_n is layer 0's state:", torch.equal(h_n, real_h_n[0]))
print("c_n is layer 1's state:", torch.equal(c_n, real_h_n[1]))
