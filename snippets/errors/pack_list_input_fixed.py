import torch
from torch.nn.utils.rnn import (pack_padded_sequence, pack_sequence,
                                pad_sequence)

torch.manual_seed(0)
sequences = [torch.randn(3, 10), torch.randn(5, 10)]
packed = pack_sequence(sequences, enforce_sorted=False)    # list -> packed
padded = pad_sequence(sequences)                           # or pad first
packed2 = pack_padded_sequence(padded, [3, 5], enforce_sorted=False)
print("padded:", tuple(padded.shape))
print("same packing:", torch.equal(packed.data, packed2.data))
