import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(10, 20)
H = lstm.hidden_size
with torch.no_grad():
    for name, p in lstm.named_parameters():
        if name.startswith("bias"):
            p.zero_()
            if name.startswith("bias_ih"):
                p[H:2 * H] = 1.0             # forget gate, one bias of the two
for name in ("bias_ih_l0", "bias_hh_l0"):
    blocks = getattr(lstm, name).detach().chunk(4)
    print(f"{name}, blocks i f g o:", [b.unique().tolist() for b in blocks])

# x = 0 and h_0 = 0: each gate sees its biases only; g = tanh(0) = 0,
# so with c_0 = 1 the new cell state is c_1 = f * c_0 + i * g = f
x, h_0, c_0 = torch.zeros(1, 1, 10), torch.zeros(1, 1, H), torch.ones(1, 1, H)
_, (h_n, c_n) = lstm(x, (h_0, c_0))
print("forget gate f_1:", [round(v, 4) for v in c_n.unique().tolist()],
      " sigmoid(1):", round(torch.sigmoid(torch.tensor(1.0)).item(), 4))
