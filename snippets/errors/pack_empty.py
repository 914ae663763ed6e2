import torch
from torch.nn.utils.rnn import pack_padded_sequence

cases = [(torch.randn(0, 3, 10), [0, 0, 0]),   # no time steps
         (torch.randn(5, 0, 10), [])]          # no sequences
for x, lengths in cases:
    try:
        pack_padded_sequence(x, lengths)
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
