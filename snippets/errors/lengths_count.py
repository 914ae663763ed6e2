import torch
from torch.nn.utils.rnn import pack_padded_sequence

x = torch.randn(5, 3, 10)              # (seq_len 5, batch 3, features)
for lengths, batch_first in (([5, 3], False), ([5, 3, 2], True)):
    try:
        pack_padded_sequence(x, lengths, batch_first=batch_first)
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
