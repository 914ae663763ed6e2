import torch
from torch import nn

gru, cell = nn.GRU(10, 20), nn.GRUCell(10, 20)
try:
    cell.weight_ih.copy_(gru.weight_ih_l0)     # in place, on a parameter
except RuntimeError as error:
    print(type(error).__name__ + ":", error)

with torch.no_grad():                          # the same copy, not tracked
    cell.weight_ih.copy_(gru.weight_ih_l0)
print("inside torch.no_grad(), copied:",
      torch.equal(cell.weight_ih, gru.weight_ih_l0))
