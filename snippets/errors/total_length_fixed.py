import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

x = torch.randn(5, 3, 10)
packed = pack_padded_sequence(x, [4, 3, 2])      # longest is 4 of 5
short, _ = pad_packed_sequence(packed)
full, _ = pad_packed_sequence(packed, total_length=x.size(0))
print("without total_length:", tuple(short.shape))
print("total_length=5:      ", tuple(full.shape))
