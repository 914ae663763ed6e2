import torch
from torch import nn

torch.manual_seed(0)
H = 20
lstm = nn.LSTM(input_size=10, hidden_size=H, num_layers=2, bidirectional=True)
x = torch.randn(5, 3, 10)
output, (h_n, c_n) = lstm(x)                     # output: (5, 3, 2 * H), h_n: (4, 3, H)

# h_n is ordered layer by layer, forward then backward: top layer = h_n[-2], h_n[-1]
print("forward:  output[-1, :, :H] equals h_n[-2]:", torch.equal(output[-1, :, :H], h_n[-2]))
print("backward: output[0, :, H:] equals h_n[-1]: ", torch.equal(output[0, :, H:], h_n[-1]))
print("output[-1] equals cat(h_n[-2], h_n[-1]):  ", torch.equal(output[-1], torch.cat([h_n[-2], h_n[-1]], 1)))
