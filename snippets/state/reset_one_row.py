import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(4, 8, num_layers=2, batch_first=True)
first = torch.randn(3, 6, 4)                 # chunk k of 3 streams
then = torch.randn(3, 6, 4)                  # chunk k + 1; row 1: a new stream
_, (h, c) = lstm(first)
keep = torch.tensor([1.0, 0.0, 1.0]).view(1, 3, 1)   # (1, batch, 1)
output, _ = lstm(then, (h * keep, c * keep))         # zero row 1 only

fresh, _ = lstm(then[1:2])                   # the new stream from zeros
carried, _ = lstm(then, (h, c))              # every row carried
print("row 1 == a fresh start:     ",
      torch.allclose(output[1], fresh[0], atol=1e-6))
print("rows 0, 2 == carried:       ",
      torch.allclose(output[[0, 2]], carried[[0, 2]], atol=1e-6))
print("row 1 == carried (no reset):",
      torch.allclose(output[1], carried[1], atol=1e-6))
