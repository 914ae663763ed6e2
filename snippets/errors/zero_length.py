import torch
from torch.nn.utils.rnn import pack_padded_sequence, pack_sequence

x = torch.randn(5, 3, 10)
calls = [
    lambda: pack_padded_sequence(x, [5, 3, 0]),   # the third is empty
    lambda: pack_sequence([torch.randn(3, 10), torch.randn(0, 10)]),
]
for call in calls:
    try:
        call()
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
