import torch
from torch import nn

pairs = ((nn.RNN, nn.RNNCell), (nn.LSTM, nn.LSTMCell), (nn.GRU, nn.GRUCell))
for module, cell in pairs:
    # The Cells check nothing themselves: a zero size makes empty weights.
    c = cell(10, 0)
    h = c(torch.randn((3, 10)))
    h = h[0] if isinstance(h, tuple) else h        # LSTMCell: (h', c')
    print(f"{cell.__name__}(10, 0) weight_hh:", tuple(c.weight_hh.shape),
          " h':", tuple(h.shape))
    # The sequence modules refuse it.
    try:
        module(10, 0)
    except ValueError as error:
        print(f"{module.__name__}(10, 0) {type(error).__name__}:", error)
    # A negative size reaches torch.empty: gates * hidden_size rows.
    try:
        cell(10, -2)
    except RuntimeError as error:
        print(f"{cell.__name__}(10, -2) {type(error).__name__}:", error)
