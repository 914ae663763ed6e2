import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20)
x = torch.randn(0, 3, 10)
if x.size(0) == 0:                     # nothing to read: the state stays h_0
    h_n = torch.zeros(1, x.size(1), 20)
else:
    _, (h_n, _) = lstm(x)
print("h_n:", h_n.shape)
