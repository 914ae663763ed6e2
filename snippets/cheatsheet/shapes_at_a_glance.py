import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H, P = 7, 3, 10, 20, 6     # seq, batch, input, hidden, proj
x = torch.randn(L, N, H_in)
shape = lambda *ts: "  ".join(str(tuple(t.shape)) for t in ts)

for cls in (nn.RNN, nn.GRU):
    output, h_n = cls(H_in, H, num_layers=2)(x)
    print(f"{cls.__name__:<4} output, h_n:     ", shape(output, h_n))
output, (h_n, c_n) = nn.LSTM(H_in, H, num_layers=2)(x)
print("LSTM output, h_n, c_n:", shape(output, h_n, c_n))

# bidirectional (D = 2), proj_size (H_out = P, H_cell = H), batch_first
bi = nn.LSTM(H_in, H, num_layers=2, bidirectional=True, proj_size=P,
             batch_first=True)
output, (h_n, c_n) = bi(x.transpose(0, 1))         # input (N, L, H_in)
print("bi-LSTM, proj, batch_first:", shape(output, h_n, c_n))
output, (h_n, c_n) = bi(x[:, 0])                   # unbatched (L, H_in)
print("same, unbatched input:     ", shape(output, h_n, c_n))
