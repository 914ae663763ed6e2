import torch
from torch import nn

# The 8th positional argument reaches RNNBase's proj_size; only the keyword is checked
gru = nn.GRU(10, 20, 1, True, False, 0.0, False, 5)
print("proj_size:", gru.proj_size)
print("parameters:", [name for name, _ in gru.named_parameters()])
try:
    gru(torch.randn(5, 3, 10))
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
