import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
gru = nn.GRU(10, 20)
x = torch.randn(5, 3, 10)
h_np = np.zeros((1, 3, 20))            # NumPy: float64
h_0 = torch.from_numpy(h_np).to(x.dtype)   # or torch.zeros(..., dtype=x.dtype)
output, h_n = gru(x, h_0)
print("h_0:", h_0.dtype, "h_n:", h_n.dtype, tuple(h_n.shape))
