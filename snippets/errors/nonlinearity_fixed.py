import torch
from torch import nn

torch.manual_seed(0)
# Only "tanh" (the default) and "relu" exist; other activations need a
# Cell loop of your own (see the Cells page)
rnn = nn.RNN(10, 20, nonlinearity="relu")
cell = nn.RNNCell(10, 20, nonlinearity="relu")
output, h_n = rnn(torch.randn(5, 3, 10))
print("nn.RNN relu:   ", output.shape, bool((output >= 0).all()))
print("RNNCell relu:  ", cell(torch.randn(3, 10)).shape)
