import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=3, bidirectional=True)
x = torch.randn(5, 3, 10)
output, (h_n, c_n) = lstm(x)

# h_n is layer by layer, forward then backward: index = 2 * layer + direction
# (num_layers, num_directions, batch, hidden_size)
per_layer = h_n.view(3, 2, 3, 20)
print("h_n:", tuple(h_n.shape), "-> view:", tuple(per_layer.shape))
print("top forward  == output[-1, :, :20]:", torch.equal(per_layer[-1, 0], output[-1, :, :20]))
print("top backward == output[0, :, 20:]: ", torch.equal(per_layer[-1, 1], output[0, :, 20:]))
print("h_n[-1] is the top BACKWARD state:  ", torch.equal(h_n[-1], per_layer[2, 1]))
