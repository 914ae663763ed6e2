import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

lengths = [6, 3, 2]
# Pad to the longest length, so that every length fits
x = torch.randn(max(lengths), 3, 10)
output, h_n = nn.GRU(10, 20)(pack_padded_sequence(x, lengths))
print("padded input:", x.shape)
print("packed data: ", output.data.shape)
print("h_n:         ", h_n.shape)
