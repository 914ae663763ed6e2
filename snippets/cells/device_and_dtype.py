import torch
from torch import nn

# dtype and device apply to every parameter, as for the modules
for Cell in (nn.RNNCell, nn.LSTMCell, nn.GRUCell):
    cell = Cell(10, 20, dtype=torch.float64)
    h = cell(torch.randn(3, 10, dtype=torch.float64))
    h = h[0] if isinstance(h, tuple) else h    # LSTMCell: (h', c')
    print(f"{Cell.__name__:<9}", {p.dtype for p in cell.parameters()},
          "h':", h.dtype)

meta = nn.LSTMCell(10, 20, device="meta")
print("device='meta':", {p.device.type for p in meta.parameters()})
