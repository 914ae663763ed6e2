import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

x = torch.randn(5, 3, 10)
lengths = [2, 5, 3]
packed = pack_padded_sequence(x, lengths, enforce_sorted=False)  # sorts
output, h_n = nn.GRU(10, 20)(packed)
padded, out_lengths = pad_packed_sequence(output)   # original order
print("output:", padded.shape)
print("lengths:", out_lengths.tolist())
print("h_n:   ", h_n.shape)
