import warnings

import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(10, 20, num_layers=2)
before = [p.data_ptr() for p in lstm.parameters()]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    lstm.flatten_parameters()
    lstm(torch.randn(5, 3, 10))
after = [p.data_ptr() for p in lstm.parameters()]
print("parameters moved:", before != after)
print("warnings:", len(caught))
