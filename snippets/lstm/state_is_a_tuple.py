import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 3, 10)
h_0, c_0 = torch.zeros(2, 3, 20), torch.zeros(2, 3, 20)   # (layers, N, H)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2)

output, (h_n, c_n) = lstm(x, (h_0, c_0))        # right: one tuple
print("(h_0, c_0) accepted:", tuple(h_n.shape), tuple(c_n.shape))
print("tuple omitted == zeros:", torch.equal(lstm(x)[0], output))

try:
    lstm(x, h_0)                                # wrong: h_0 alone
except RuntimeError as error:
    print(type(error).__name__ + ":", error)

one_layer = nn.LSTM(input_size=10, hidden_size=20)
try:
    one_layer(x, h_0[:1])                       # h_0 alone, one layer
except IndexError as error:
    print(type(error).__name__ + ":", error)
