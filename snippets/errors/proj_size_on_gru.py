from torch import nn

try:
    nn.GRU(input_size=10, hidden_size=20, proj_size=5)
except ValueError as error:
    print(type(error).__name__ + ":", error)
