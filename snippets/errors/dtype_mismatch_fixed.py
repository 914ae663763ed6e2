import torch
from torch import nn

lstm = nn.LSTM(input_size=10, hidden_size=20)
x = torch.randn(5, 3, 10, dtype=torch.float64)

# Either convert the input to the weights' dtype...
output, _ = lstm(x.to(torch.float32))
print("float32:", output.shape, output.dtype)

# ...or convert the module to the input's dtype
output, _ = lstm.to(torch.float64)(x)
print("float64:", output.shape, output.dtype)
