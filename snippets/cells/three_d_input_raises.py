import torch
from torch import nn

cell = nn.LSTMCell(10, 20)

# A whole sequence (seq_len, batch, input_size) is not a valid cell input
try:
    cell(torch.randn(5, 3, 10))
except ValueError as error:
    print(type(error).__name__ + ":", error)

# Neither is nn.LSTM's h_n / c_n of shape (num_layers, batch, hidden_size)
h_n = c_n = torch.zeros(1, 3, 20)
try:
    cell(torch.randn(3, 10), (h_n, c_n))
except ValueError as error:
    print(type(error).__name__ + ":", error)
print("h_n[0] works:", cell(torch.randn(3, 10), (h_n[0], c_n[0]))[0].shape)
