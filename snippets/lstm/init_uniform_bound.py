import math

import torch
from torch import nn

torch.manual_seed(0)
for hidden_size, proj_size in ((20, 0), (20, 5), (256, 64)):
    lstm = nn.LSTM(input_size=10, hidden_size=hidden_size, num_layers=2, bidirectional=True, proj_size=proj_size)
    bound = 1 / math.sqrt(hidden_size)               # k = 1 / hidden_size, U(-sqrt(k), sqrt(k))
    values = torch.cat([p.detach().flatten() for p in lstm.parameters()])
    print(f"hidden_size={hidden_size} proj_size={proj_size} bound={bound:.4f}",
          "| all within:", bool(values.abs().max() <= bound),
          "| reaches 99% of it:", bool(values.abs().max() >= 0.99 * bound))
