from torch import nn

try:
    nn.LSTM(input_size=10, hidden_size=20, proj_size=20)
except ValueError as error:
    print(type(error).__name__ + ":", error)
