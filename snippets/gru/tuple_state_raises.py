import torch
from torch import nn

gru = nn.GRU(input_size=10, hidden_size=20, num_layers=2)
x = torch.randn(5, 3, 10)
h_0, c_0 = torch.zeros(2, 3, 20), torch.zeros(2, 3, 20)

try:
    gru(x, (h_0, c_0))                 # an LSTM-style state tuple
except AttributeError as error:
    print(type(error).__name__ + ":", error)

output, h_n = gru(x, h_0)              # a GRU takes h_0 alone
print("h_0 alone:", h_n.shape)
