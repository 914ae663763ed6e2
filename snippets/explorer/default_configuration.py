import torch
from torch import nn

lstm = nn.LSTM(10, 20, num_layers=2)
x = torch.randn((5, 3, 10))  # (seq_len, batch, input_size)
h_0 = torch.zeros((2, 3, 20))
c_0 = torch.zeros((2, 3, 20))
output, (h_n, c_n) = lstm(x, (h_0, c_0))

print("input:", tuple(x.shape))
print("h_0:", tuple(h_0.shape))
print("c_0:", tuple(c_0.shape))
print("output:", tuple(output.shape))
print("h_n:", tuple(h_n.shape))
print("c_n:", tuple(c_n.shape))
for name, parameter in lstm.named_parameters():
    print(f"{name}: {tuple(parameter.shape)}")
parameters = list(lstm.parameters())
total = sum(p.numel() for p in parameters)
memory = sum(p.numel() * p.element_size() for p in parameters)
print(f"total: {total:,}")
print(f"float32: {memory:,} bytes")
