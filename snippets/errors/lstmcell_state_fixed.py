import torch
from torch import nn

torch.manual_seed(0)
cell = nn.LSTMCell(input_size=10, hidden_size=20)
x = torch.randn(3, 10)
h_1, c_1 = cell(x, (torch.zeros(3, 20), torch.zeros(3, 20)))  # (h, c)
h_1, c_1 = cell(x)                     # or no state: both zeros
print("h_1:", tuple(h_1.shape), "c_1:", tuple(c_1.shape))
