import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

packed = pack_padded_sequence(torch.randn(5, 3, 10), [5, 3, 2])
try:
    pad_packed_sequence(packed, total_length=3)   # longest sequence: 5
except ValueError as error:
    print(type(error).__name__ + ":", error)
