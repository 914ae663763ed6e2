import torch
from torch import nn

gru = nn.GRU(input_size=10, hidden_size=20)
x = torch.randn(5, 3, 10)
h_0, c_0 = torch.zeros(1, 3, 20), torch.zeros(1, 3, 20)
try:
    gru(x, (h_0, c_0))                 # LSTM-style (h, c) state
except AttributeError as error:
    print(type(error).__name__ + ":", error)
