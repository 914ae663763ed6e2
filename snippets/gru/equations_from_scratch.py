import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H, num_layers = 6, 3, 4, 5, 2
gru = nn.GRU(H_in, H, num_layers=num_layers)
x, h_0 = torch.randn(L, N, H_in), torch.randn(num_layers, N, H)
layer_input, last_states = x, []
for k in range(num_layers):             # layer by layer, r, z, n order
    W_ir, W_iz, W_in = getattr(gru, f"weight_ih_l{k}").chunk(3)
    W_hr, W_hz, W_hn = getattr(gru, f"weight_hh_l{k}").chunk(3)
    b_ir, b_iz, b_in = getattr(gru, f"bias_ih_l{k}").chunk(3)
    b_hr, b_hz, b_hn = getattr(gru, f"bias_hh_l{k}").chunk(3)
    h, steps = h_0[k], []
    for x_t in layer_input:
        r = torch.sigmoid(x_t @ W_ir.T + b_ir + h @ W_hr.T + b_hr)
        z = torch.sigmoid(x_t @ W_iz.T + b_iz + h @ W_hz.T + b_hz)
        n = torch.tanh(x_t @ W_in.T + b_in + r * (h @ W_hn.T + b_hn))
        h = (1 - z) * n + z * h
        steps.append(h)
    layer_input = torch.stack(steps)    # feeds the next layer
    last_states.append(h)
output, h_n = gru(x, h_0)
print("output matches nn.GRU:", torch.allclose(layer_input, output, atol=1e-6))
print("h_n matches nn.GRU:   ",
      torch.allclose(torch.stack(last_states), h_n, atol=1e-6))
