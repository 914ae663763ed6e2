import warnings

import torch
from torch.nn.utils.rnn import pack_padded_sequence

# Only the warning about lengths: hide torch.jit.trace's own notices
warnings.simplefilter("ignore", DeprecationWarning)
warnings.simplefilter("ignore", torch.jit.TracerWarning)


def first_steps(x):
    return pack_padded_sequence(x, [5, 3, 2]).data   # a Python list


traced = torch.jit.trace(first_steps, (torch.randn(5, 3, 10),))
print("traced rows:", traced(torch.randn(5, 3, 10)).shape[0])
