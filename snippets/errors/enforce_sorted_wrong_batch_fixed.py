import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

torch.manual_seed(0)
x = torch.randn(5, 3, 10)
lengths = [3, 5, 2]
packed = pack_padded_sequence(x, lengths, enforce_sorted=False)
gru = nn.GRU(10, 20)
h_0 = torch.zeros(1, len(lengths), 20)   # one row per sequence, your order
_, h_n = gru(packed, h_0)
print("h_0:", tuple(h_0.shape), "h_n:", tuple(h_n.shape))
