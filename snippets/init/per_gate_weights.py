import math

import torch
from torch import nn

def init_weights_(lstm):
    """Xavier for input weights, orthogonal for recurrent ones, per gate."""
    for name, p in lstm.named_parameters():
        for block in p.chunk(4):             # views of i, f, g, o
            if name.startswith("weight_ih"):
                nn.init.xavier_uniform_(block)
            elif name.startswith("weight_hh"):
                nn.init.orthogonal_(block)

torch.manual_seed(0)
lstm = nn.LSTM(10, 20, num_layers=2, bidirectional=True)
init_weights_(lstm)
for name, p in lstm.named_parameters():      # every layer and direction
    blocks, eye = p.detach().chunk(4), torch.eye(20)
    if name.startswith("weight_hh"):
        print(f"{name:20} orthogonal:",
              [torch.allclose(b @ b.T, eye, atol=1e-5) for b in blocks])
    elif name.startswith("weight_ih"):
        bound = math.sqrt(6 / (p.shape[1] + 20))   # fan_in + fan_out
        print(f"{name:20} bound {bound:.4f}, reached, not passed:",
              [bool(0.99 * bound <= b.abs().max() <= bound) for b in blocks])
