import torch
from torch import nn

torch.manual_seed(0)
H = 4
lstm = nn.LSTM(input_size=3, hidden_size=H, num_layers=2,
               bidirectional=True, batch_first=True)
x = torch.randn(2, 5, 3)                     # (batch, seq_len, input_size)
output, (h_n, c_n) = lstm(x)

right = torch.cat([h_n[-2], h_n[-1]], dim=1)  # last layer: fwd, bwd
wrong = output[:, -1]                         # last time step of output
print("features:", right.shape, wrong.shape)  # same shape: no complaint
first_last = torch.cat([output[:, -1, :H], output[:, 0, H:]], dim=1)
print("right == [forward at last step, backward at first step]:",
      torch.equal(right, first_last))
print("right == output[:, -1]:", torch.allclose(right, wrong, atol=1e-6))
print("forward halves agree:  ",
      torch.allclose(right[:, :H], wrong[:, :H], atol=1e-6))
print("backward halves agree: ",
      torch.allclose(right[:, H:], wrong[:, H:], atol=1e-6))
