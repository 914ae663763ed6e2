import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=1, proj_size=6)
x = torch.randn(7, 3, 10)
h_0 = torch.zeros(1, 3, 6)                        # proj_size
c_0 = torch.zeros(1, 3, 20)                       # hidden_size

try:
    lstm(x, (h_0, torch.zeros(1, 3, 6)))          # c_0 sized like h_0
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
output, (h_n, c_n) = lstm(x, (h_0, c_0))
print("accepted: h_0", tuple(h_0.shape), " c_0", tuple(c_0.shape))
