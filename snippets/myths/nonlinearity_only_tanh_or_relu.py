from torch import nn

for name in ("tanh", "relu", "sigmoid"):
    try:
        nn.RNN(input_size=4, hidden_size=6, nonlinearity=name)
        print(name + ": accepted")
    except ValueError as error:
        print(name + ":", type(error).__name__ + ":", error)
