import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(3, 10)
zeros = torch.zeros(3, 20)                     # (batch, hidden_size)

lstm_cell = nn.LSTMCell(10, 20)
h, c = lstm_cell(x)                            # no state given
h_zero, c_zero = lstm_cell(x, (zeros, zeros))
print("LSTMCell, state omitted == zeros:",
      torch.equal(h, h_zero) and torch.equal(c, c_zero))

gru_cell = nn.GRUCell(10, 20)
print("GRUCell,  state None == zeros:",
      torch.equal(gru_cell(x, None), gru_cell(x, zeros)))
