import warnings

import torch
from torch import nn

torch.manual_seed(0)
# One layer: no "between layers", so torch warns and dropout does nothing
with warnings.catch_warnings(record=True) as built:
    warnings.simplefilter("always")
    lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=1, dropout=0.5)
print("warned while building:", [w.category.__name__ for w in built])
print(built[0].message)
plain = nn.LSTM(input_size=10, hidden_size=20, num_layers=1)   # dropout=0
plain.load_state_dict(lstm.state_dict())
x = torch.randn(5, 3, 10)
lstm.train(), plain.train()
with warnings.catch_warnings(record=True) as ran:
    warnings.simplefilter("always")
    same = torch.equal(lstm(x)[0], plain(x)[0])
print("warned while running:", len(ran))
print("train mode, dropout=0.5 == dropout=0:", same)
