import warnings

import torch
from torch import nn

torch.manual_seed(0)


def warnings_from_one_call(dtype):
    """Warnings from one forward call of an LSTM with proj_size."""
    lstm = nn.LSTM(4, 8, proj_size=3, dtype=dtype)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        lstm(torch.randn(5, 2, 4, dtype=dtype))
    return [str(w.message).split(".")[0] for w in caught]


print("float64:", warnings_from_one_call(torch.float64))   # before float32
print("float32:", warnings_from_one_call(torch.float32))
