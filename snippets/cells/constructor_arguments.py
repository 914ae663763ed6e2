import inspect

from torch import nn

for cell in (nn.RNNCell, nn.LSTMCell, nn.GRUCell):
    print(f"{cell.__name__:<9}", inspect.signature(cell))

# A cell is one step of one layer: none of the loop or stack arguments
for name in ("num_layers", "batch_first", "dropout", "bidirectional",
             "proj_size"):
    try:
        nn.LSTMCell(10, 20, **{name: 1})
    except TypeError as error:
        print(type(error).__name__ + ":", error)
