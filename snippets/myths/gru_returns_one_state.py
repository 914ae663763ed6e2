import torch
from torch import nn

x = torch.randn(5, 3, 10)
output, h_n = nn.GRU(10, 20)(x)
print("GRU state:", type(h_n).__name__, tuple(h_n.shape))

try:
    output, (h_n, c_n) = nn.GRU(10, 20)(x)           # LSTM-style unpacking
except ValueError as error:
    print(type(error).__name__ + ":", error)

# With two layers the same line runs, and silently splits h_n by layer
output, (h_n, c_n) = nn.GRU(10, 20, num_layers=2)(x)
print("2 layers, 'h_n':", tuple(h_n.shape), "'c_n':", tuple(c_n.shape))
