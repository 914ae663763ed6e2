import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(4, 8, num_layers=2, proj_size=3, dtype=torch.float64)
print("parameter dtypes:", {p.dtype for p in lstm.parameters()})
x = torch.randn(5, 2, 4, dtype=torch.float64)
output, (h_n, c_n) = lstm(x)
print("output, h_n, c_n:", output.dtype, h_n.dtype, c_n.dtype)

# device="meta": parameters with shapes but no data
meta = nn.LSTM(4, 8, num_layers=2, proj_size=3, device="meta")
print("parameter devices:", {p.device.type for p in meta.parameters()})
print("weight_hr_l1:", tuple(meta.weight_hr_l1.shape))
