import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H, K = 4, 2, 3, 5, 2       # seq_len, batch, input, hidden, layers
lstm = nn.LSTM(H_in, H, num_layers=K)
p = dict(lstm.named_parameters())
x = torch.randn(L, N, H_in)
grid_h, grid_c, layer_input = [], [], x   # grid_h[k][t]: layer k, step t
for k in range(K):
    W_ih, W_hh = p[f"weight_ih_l{k}"], p[f"weight_hh_l{k}"]
    b = p[f"bias_ih_l{k}"] + p[f"bias_hh_l{k}"]
    h, c, hs, cs = torch.zeros(N, H), torch.zeros(N, H), [], []
    for t in range(L):
        i, f, g, o = (layer_input[t] @ W_ih.T + h @ W_hh.T + b).chunk(4, 1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        hs, cs = hs + [h], cs + [c]
    grid_h, grid_c = grid_h + [hs], grid_c + [cs]
    layer_input = torch.stack(hs)       # layer k's outputs feed layer k + 1
output, (h_n, c_n) = lstm(x)
top_row = torch.stack(grid_h[-1])
last_h = torch.stack([row[-1] for row in grid_h])   # last column
last_c = torch.stack([row[-1] for row in grid_c])
print("output == top row of h:  ", torch.allclose(output, top_row, atol=1e-6))
print("h_n == last column of h:", torch.allclose(h_n, last_h, atol=1e-6))
print("c_n == last column of c:", torch.allclose(c_n, last_c, atol=1e-6))
