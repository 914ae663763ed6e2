import torch
from torch import nn

# dtype and device apply to every parameter, as for nn.RNN
gru = nn.GRU(10, 20, num_layers=2, dtype=torch.float64)
print("parameters:", {p.dtype for p in gru.parameters()})
output, h_n = gru(torch.randn(5, 3, 10, dtype=torch.float64))
print("output:", output.dtype, " h_n:", h_n.dtype)

meta = nn.GRU(10, 20, num_layers=2, device="meta")
print("device='meta':", {p.device.type for p in meta.parameters()})
