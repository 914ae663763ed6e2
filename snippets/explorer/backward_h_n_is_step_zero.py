import torch
from torch import nn

torch.manual_seed(0)
gru = nn.GRU(10, 20, num_layers=2, bidirectional=True)
output, h_n = gru(torch.randn((5, 3, 10)))
print("output:", tuple(output.shape))  # directions side by side: 2 * 20
print("h_n:", tuple(h_n.shape))  # directions stacked: 2 layers * 2
forward, backward = output[..., :20], output[..., 20:]

# h_n[2] and h_n[3]: the top layer (layer 1), forward then backward
print("forward h_n is output at t=4:", torch.equal(h_n[2], forward[4]))
print("backward h_n is output at t=0:", torch.equal(h_n[3], backward[0]))
print("backward h_n is output at t=4:", torch.equal(h_n[3], backward[4]))
