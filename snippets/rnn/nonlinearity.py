import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 3, 4)
tanh_out, _ = nn.RNN(4, 8, nonlinearity="tanh")(x)
relu_out, _ = nn.RNN(4, 8, nonlinearity="relu")(x)

print("tanh outputs in (-1, 1):", bool(tanh_out.abs().max() < 1))
print("relu outputs >= 0:      ", bool(relu_out.min() >= 0))

try:
    nn.RNN(4, 8, nonlinearity="sigmoid")
except ValueError as error:
    print("ValueError:", error)
