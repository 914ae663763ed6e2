import torch
from torch import nn

torch.manual_seed(0)
cell = nn.GRUCell(input_size=4, hidden_size=3)
x, h = torch.randn(2, 4), torch.randn(2, 3)
W_ir, W_iz, W_in = cell.weight_ih.chunk(3)
W_hr, W_hz, W_hn = cell.weight_hh.chunk(3)
b_ir, b_iz, b_in = cell.bias_ih.chunk(3)
b_hr, b_hz, b_hn = cell.bias_hh.chunk(3)

r = torch.sigmoid(x @ W_ir.T + b_ir + h @ W_hr.T + b_hr)
z = torch.sigmoid(x @ W_iz.T + b_iz + h @ W_hz.T + b_hz)
# torch: r multiplies the product W_hn h + b_hn
n_torch = torch.tanh(x @ W_in.T + b_in + r * (h @ W_hn.T + b_hn))
# 2014 paper: r multiplies h before the product
n_paper = torch.tanh(x @ W_in.T + b_in + (r * h) @ W_hn.T + b_hn)
h_torch = (1 - z) * n_torch + z * h
h_paper = (1 - z) * n_paper + z * h

h_cell = cell(x, h)
print("torch form == GRUCell:", torch.allclose(h_torch, h_cell, atol=1e-6))
print("paper form == GRUCell:", torch.allclose(h_paper, h_cell, atol=1e-6))
print("largest difference:   ", round((h_paper - h_cell).abs().max().item(), 4))
