import torch
from torch import nn

# nn.RNN's 9th positional parameter (after nonlinearity) is proj_size
rnn = nn.RNN(10, 20, 1, "tanh", True, False, 0.0, False, 5)
print("proj_size:", rnn.proj_size)
print("parameters:", [name for name, _ in rnn.named_parameters()])
try:
    rnn(torch.randn(5, 3, 10))
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
