import torch
from torch import nn

torch.manual_seed(0)
x, h, c = torch.randn(3, 10), torch.randn(3, 20), torch.randn(3, 20)

def affine(cell, x, h):                        # x W_ih^T + b_ih  and  h W_hh^T + b_hh
    return x @ cell.weight_ih.T + cell.bias_ih, h @ cell.weight_hh.T + cell.bias_hh

rnn_cell, gru_cell, lstm_cell = nn.RNNCell(10, 20), nn.GRUCell(10, 20), nn.LSTMCell(10, 20)
gi, gh = affine(rnn_cell, x, h)
print("RNNCell: ", torch.allclose(torch.tanh(gi + gh), rnn_cell(x, h), atol=1e-6))

gi, gh = affine(gru_cell, x, h)
(xr, xz, xn), (hr, hz, hn) = gi.chunk(3, dim=1), gh.chunk(3, dim=1)   # order: r, z, n
r, z = torch.sigmoid(xr + hr), torch.sigmoid(xz + hz)
n = torch.tanh(xn + r * hn)                    # r multiplies (h W_hn^T + b_hn), bias included
print("GRUCell: ", torch.allclose((1 - z) * n + z * h, gru_cell(x, h), atol=1e-6))

gi, gh = affine(lstm_cell, x, h)
i, f, g, o = (gi + gh).chunk(4, dim=1)         # gate order in the weights: i, f, g, o
c_next = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
h_next = torch.sigmoid(o) * torch.tanh(c_next)
h_torch, c_torch = lstm_cell(x, (h, c))
print("LSTMCell: h'", torch.allclose(h_next, h_torch, atol=1e-6),
      " c'", torch.allclose(c_next, c_torch, atol=1e-6))
