import torch
from torch.nn.utils.rnn import pack_padded_sequence, pack_sequence

x = torch.randn(5, 3, 10)       # (max_len, batch, features), zero-padded
lengths = [2, 5, 3]                    # not in decreasing order
calls = [
    lambda: pack_padded_sequence(x, lengths),   # enforce_sorted=True
    lambda: pack_sequence([torch.randn(2, 10), torch.randn(5, 10)]),
]
for call in calls:
    try:
        call()
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
