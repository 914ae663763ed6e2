import torch
from torch.nn.utils.rnn import pack_padded_sequence

x = torch.randn(5, 3, 10)
try:
    pack_padded_sequence(x, [5, 3, 0])   # the third sequence is empty
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
