from torch import nn

try:
    nn.LSTM(input_size=4, hidden_size=8, nonlinearity="relu")
except TypeError as error:
    print("TypeError:", error)
