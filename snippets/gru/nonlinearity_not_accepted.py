from torch import nn

# The gates fix the activations (sigmoid, tanh): no nonlinearity argument
try:
    nn.GRU(input_size=10, hidden_size=20, nonlinearity="relu")
except TypeError as error:
    print(type(error).__name__ + ":", error)
