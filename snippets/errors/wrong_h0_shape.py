import torch
from torch import nn

rnn = nn.RNN(input_size=10, hidden_size=20, num_layers=2, batch_first=True)
x = torch.randn(3, 5, 10)              # (batch, seq_len, input_size)
h_0 = torch.zeros(3, 2, 20)            # batch first here too: wrong
try:
    rnn(x, h_0)
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
