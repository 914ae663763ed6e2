import torch
from torch import nn

torch.manual_seed(0)
x, h, c = torch.randn(3, 10), torch.randn(3, 20), torch.randn(3, 20)

def affine(cell):                        # x W_ih^T + b_ih, h W_hh^T + b_hh
    gi = x @ cell.weight_ih.T + cell.bias_ih
    return gi, h @ cell.weight_hh.T + cell.bias_hh

cells = [nn.RNNCell(10, 20, nonlinearity=a) for a in ("tanh", "relu")]
print("RNNCell: ", all(torch.allclose(getattr(torch, c.nonlinearity)(
    sum(affine(c))), c(x, h), atol=1e-6) for c in cells))   # tanh, relu
cell = nn.GRUCell(10, 20)
(xr, xz, xn), (hr, hz, hn) = [a.chunk(3, 1) for a in affine(cell)]
r, z = torch.sigmoid(xr + hr), torch.sigmoid(xz + hz)
n = torch.tanh(xn + r * hn)              # r scales h W_hn^T + b_hn
print("GRUCell: ", torch.allclose((1 - z) * n + z * h, cell(x, h), atol=1e-6))
cell = nn.LSTMCell(10, 20)
i, f, g, o = sum(affine(cell)).chunk(4, 1)   # order: i, f, g, o
c_next = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
h_next = torch.sigmoid(o) * torch.tanh(c_next)
print("LSTMCell: h'", torch.allclose(h_next, cell(x, (h, c))[0], atol=1e-6),
      " c'", torch.allclose(c_next, cell(x, (h, c))[1], atol=1e-6))
