import inspect

from torch import nn

for cell in (nn.RNNCell, nn.LSTMCell, nn.GRUCell):
    print(f"{cell.__name__:<9}", list(inspect.signature(cell).parameters))

# A cell is one step of one layer: no num_layers, batch_first, dropout or bidirectional
try:
    nn.LSTMCell(10, 20, num_layers=2)
except TypeError as error:
    print(type(error).__name__ + ":", error)
