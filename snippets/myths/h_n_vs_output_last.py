import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 3, 10)              # (seq_len, batch, input_size)

output, h_n = nn.GRU(10, 20)(x)
print("1 layer:       h_n[0]  == output[-1]:",
      torch.allclose(h_n[0], output[-1]))

output, h_n = nn.GRU(10, 20, num_layers=2)(x)
print("2 layers:      h_n", tuple(h_n.shape),
      "vs output[-1]", tuple(output[-1].shape))
print("2 layers:      h_n[-1] == output[-1]:",
      torch.allclose(h_n[-1], output[-1]))
