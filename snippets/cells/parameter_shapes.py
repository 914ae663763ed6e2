from torch import nn

# Rows = gates * hidden_size: 1 block (RNNCell), 3 (GRUCell), 4 (LSTMCell)
for cell in (nn.RNNCell(10, 20), nn.GRUCell(10, 20), nn.LSTMCell(10, 20)):
    shapes = [f"{n} {tuple(p.shape)}" for n, p in cell.named_parameters()]
    print(f"{type(cell).__name__:<9}", "  ".join(shapes))

# The sequence modules add a layer suffix; the cells have none
print("nn.LSTM  ", [n for n, _ in nn.LSTM(10, 20).named_parameters()])
