from torch import nn

# Rows = gates * hidden_size: 1 block (RNNCell), 3 (GRUCell), 4 (LSTMCell)
# nn.LSTM's layer 0 has the same shapes; its names add a layer suffix
for module in (nn.RNNCell(10, 20), nn.GRUCell(10, 20), nn.LSTMCell(10, 20),
               nn.LSTM(10, 20)):
    shapes = [f"{n} {tuple(p.shape)}" for n, p in module.named_parameters()]
    print(f"{type(module).__name__:<9}", "  ".join(shapes))
