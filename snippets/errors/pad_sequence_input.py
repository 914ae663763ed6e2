import torch
from torch.nn.utils.rnn import pack_sequence, pad_sequence

calls = [
    lambda: pad_sequence([]),                  # an empty batch
    lambda: pack_sequence([]),
    lambda: pad_sequence(5),                   # not a list
    lambda: pad_sequence([[1, 2], [3]]),       # lists, not tensors
    lambda: pad_sequence([torch.ones(3, 4), torch.ones(2, 5)]),
    lambda: pad_sequence([torch.ones(3)], padding_side="middle"),
]
for call in calls:
    try:
        call()
    except (RuntimeError, TypeError) as error:
        print(type(error).__name__ + ":", error)
