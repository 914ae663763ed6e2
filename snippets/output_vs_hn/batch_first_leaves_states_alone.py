import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=3, batch_first=True)
x = torch.randn(2, 4, 10)              # (batch, seq_len, input_size)
h_0 = torch.zeros(3, 2, 20)            # (num_layers, batch, hidden_size)
c_0 = torch.zeros(3, 2, 20)
output, (h_n, c_n) = lstm(x, (h_0, c_0))
print("h_n:", h_n.shape, " c_n:", c_n.shape)   # still not batch first

try:                                   # a batch-first h_0 is rejected
    lstm(x, (h_0.transpose(0, 1), c_0.transpose(0, 1)))
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
