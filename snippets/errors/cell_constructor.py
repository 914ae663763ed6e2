from torch import nn

# The Cells check no argument: only torch.empty's own errors surface
for sizes in ((-1, 20), (10, 20.0)):
    try:
        nn.GRUCell(*sizes)
    except (RuntimeError, TypeError) as error:
        print(type(error).__name__ + ":", error)
cell = nn.GRUCell(10, 0)               # accepted
print("GRUCell(10, 0) weight_hh:", tuple(cell.weight_hh.shape))
