import torch
from torch import nn

torch.manual_seed(0)
H = 4
gru = nn.GRU(input_size=3, hidden_size=H)
x, h_0 = torch.randn(6, 2, 3), torch.randn(1, 2, H)
W_ir, W_iz, W_in = gru.weight_ih_l0.chunk(3)     # rows 0:H, H:2H, 2H:3H
print("weight_ih_l0:", tuple(gru.weight_ih_l0.shape), "-> 3 chunks of", tuple(W_ir.shape))

# Push one chunk's bias to +100; only the update gate z (rows H:2H) freezes the state:
# z_t = 1 gives h_t = h_{t-1}, so h_n stays h_0
for gate, start in (("r", 0), ("z", H), ("n", 2 * H)):
    with torch.no_grad():
        saved = gru.bias_hh_l0.clone()
        gru.bias_hh_l0[start:start + H] = 100.0
        _, h_n = gru(x, h_0)
        gru.bias_hh_l0.copy_(saved)
    print(f"{gate} = rows {start}:{start + H}, h_n == h_0:", torch.allclose(h_n, h_0, atol=1e-6))
