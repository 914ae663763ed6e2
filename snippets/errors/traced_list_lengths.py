import warnings

import torch
from torch.nn.utils.rnn import pack_padded_sequence

# Only the warning about lengths: hide torch.jit.trace's own notices
warnings.simplefilter("ignore", DeprecationWarning)
warnings.simplefilter("ignore", torch.jit.TracerWarning)


def first_steps(x, lengths):
    return pack_padded_sequence(x, lengths.tolist()).data   # a Python list


x = torch.randn(5, 3, 10)
traced = torch.jit.trace(first_steps, (x, torch.tensor([5, 3, 2])))
print("rows for [5, 3, 2]:", traced(x, torch.tensor([5, 3, 2])).shape[0])
print("rows for [4, 4, 1]:", traced(x, torch.tensor([4, 4, 1])).shape[0])
