from torch import nn

for name in ("tanh", "relu", "sigmoid"):
    try:
        nn.RNN(input_size=4, hidden_size=6, nonlinearity=name)
        print("RNN", name + ": accepted")
    except ValueError as error:
        print("RNN", name + ":", type(error).__name__ + ":", error)

for module in (nn.LSTM, nn.GRU):       # no such argument at all
    try:
        module(input_size=4, hidden_size=6, nonlinearity="tanh")
    except TypeError as error:
        print(module.__name__, "tanh:", type(error).__name__ + ":", error)
