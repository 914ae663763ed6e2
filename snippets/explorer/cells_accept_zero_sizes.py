import torch
from torch import nn

# The Cells check nothing themselves: a zero size makes empty weights.
cell = nn.GRUCell(10, 0)
print("GRUCell(10, 0) weight_hh:", tuple(cell.weight_hh.shape))
print("GRUCell(10, 0) h':", tuple(cell(torch.randn((3, 10))).shape))

# The sequence modules refuse it.
try:
    nn.GRU(10, 0)
except ValueError as error:
    print(type(error).__name__ + ":", error)

# A negative size reaches torch.empty, which names the product 3 * hidden_size.
try:
    nn.GRUCell(10, -2)
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
