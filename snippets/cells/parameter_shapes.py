from torch import nn

# Rows = gates * hidden_size: 1 block for RNNCell, 3 for GRUCell, 4 for LSTMCell
for cell in (nn.RNNCell(10, 20), nn.GRUCell(10, 20), nn.LSTMCell(10, 20)):
    shapes = [f"{name} {tuple(p.shape)}" for name, p in cell.named_parameters()]
    print(f"{type(cell).__name__:<9}", "  ".join(shapes))

# The sequence modules add a layer suffix; the cells have none
print("nn.LSTM  ", [name for name, _ in nn.LSTM(10, 20).named_parameters()])
