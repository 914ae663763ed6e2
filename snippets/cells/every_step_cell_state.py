import torch
from torch import nn

torch.manual_seed(0)
lstm, cell = nn.LSTM(10, 20), nn.LSTMCell(10, 20)
cell.load_state_dict({k.removesuffix("_l0"): v
                      for k, v in lstm.state_dict().items()})
x = torch.randn(5, 3, 10)

state, hs, cs = None, [], []
for x_t in x:                                  # keep every (h_t, c_t)
    state = cell(x_t, state)
    hs.append(state[0])
    cs.append(state[1])
c_all = torch.stack(cs)                        # (seq_len, batch, hidden)
print("every c_t:", tuple(c_all.shape))

output, (h_n, c_n) = lstm(x)                   # nn.LSTM gives only c_n
print("h_t == output:", torch.allclose(torch.stack(hs), output, atol=1e-6))
print("last c_t == c_n:", torch.allclose(c_all[-1], c_n[0], atol=1e-6))
# Each c_t is c_n of nn.LSTM run on the first t + 1 steps
print("c_t == c_n of lstm(x[:t + 1]) for every t:",
      all(torch.allclose(c_all[t], lstm(x[:t + 1])[1][1][0], atol=1e-6)
          for t in range(len(x))))
