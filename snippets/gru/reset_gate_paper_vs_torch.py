import torch
from torch import nn

torch.manual_seed(0)
H = 5
gru = nn.GRU(input_size=4, hidden_size=H)
x, h = torch.randn(3, 4), torch.randn(3, H)     # one time step, batch of 3
W_ir, W_iz, W_in = gru.weight_ih_l0.chunk(3)
W_hr, W_hz, W_hn = gru.weight_hh_l0.chunk(3)
b_ir, b_iz, b_in = gru.bias_ih_l0.chunk(3)
b_hr, b_hz, b_hn = gru.bias_hh_l0.chunk(3)
r = torch.sigmoid(x @ W_ir.T + b_ir + h @ W_hr.T + b_hr)
z = torch.sigmoid(x @ W_iz.T + b_iz + h @ W_hz.T + b_hz)

# torch: reset after the product; the 2014 paper: before it
n_torch = torch.tanh(x @ W_in.T + b_in + r * (h @ W_hn.T + b_hn))
n_paper = torch.tanh(x @ W_in.T + b_in + (r * h) @ W_hn.T + b_hn)
h_torch, h_paper = (1 - z) * n_torch + z * h, (1 - z) * n_paper + z * h

_, h_1 = gru(x.unsqueeze(0), h.unsqueeze(0))          # nn.GRU, one step
print("torch form matches nn.GRU:", torch.allclose(h_torch, h_1[0], atol=1e-6))
print("paper form matches nn.GRU:", torch.allclose(h_paper, h_1[0], atol=1e-6))
print("largest difference:", round((h_paper - h_1[0]).abs().max().item(), 4))
