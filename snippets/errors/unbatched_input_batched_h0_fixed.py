import torch
from torch import nn

gru = nn.GRU(input_size=10, hidden_size=20, num_layers=2)
x = torch.randn(5, 10)                 # 2-D: one unbatched sequence
h_0 = torch.zeros(2, 20)               # 2-D state: (num_layers, hidden_size)
output, h_n = gru(x, h_0)
print("output:", output.shape)
print("h_n:   ", h_n.shape)

# Or keep a batch of one everywhere
output, h_n = gru(x.unsqueeze(1), h_0.unsqueeze(1))
print("batched output:", output.shape)
print("batched h_n:   ", h_n.shape)
