import torch
from torch.nn.utils.rnn import pack_padded_sequence

x = torch.randn(5, 3, 10)       # (max_len, batch, features), zero-padded
lengths = [2, 5, 3]                    # not in decreasing order
try:
    pack_padded_sequence(x, lengths)   # enforce_sorted=True by default
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
