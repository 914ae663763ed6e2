import torch
from torch.nn.utils.rnn import pack_padded_sequence

sequences = [torch.randn(5, 10), torch.randn(3, 10)]   # not padded yet
try:
    pack_padded_sequence(sequences, [5, 3])
except TypeError as error:
    print(type(error).__name__ + ":", error)
