import torch
from torch import nn

torch.manual_seed(0)
H = 16
gru = nn.GRU(5, H, num_layers=2, batch_first=True, bidirectional=True)
output, h_n = gru(torch.randn(3, 7, 5))
final = torch.cat([h_n[-2], h_n[-1]], dim=1)

# Forward direction: its final state is at the last time step.
print("output[:, -1, :H] == h_n[-2]:", torch.equal(output[:, -1, :H], h_n[-2]))
# Backward direction: it reads the sequence in reverse, so it ends at the
# FIRST time step.
print("output[:, 0, H:]  == h_n[-1]:", torch.equal(output[:, 0, H:], h_n[-1]))
print("output[:, -1, H:] == h_n[-1]:", torch.equal(output[:, -1, H:], h_n[-1]))
print("output[:, -1] == cat(h_n[-2], h_n[-1]):",
      torch.equal(output[:, -1], final))
