import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

x = torch.randn(5, 3, 10)
# A list of ints, or a 1-D int64 tensor on the CPU (even when x is on a GPU)
lengths = torch.tensor([5, 3, 2], dtype=torch.int64, device="cpu")
packed = pack_padded_sequence(x, lengths)
output, h_n = nn.GRU(10, 20)(packed)
print("lengths:", lengths.shape, lengths.dtype, lengths.device)
print("packed data:", output.data.shape)
print("h_n:", h_n.shape)
