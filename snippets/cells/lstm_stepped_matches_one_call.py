import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(10, 20, num_layers=2, dropout=0.3).eval()
x = torch.randn(5, 3, 10)
output, (h_n, c_n) = lstm(x)                   # the whole sequence at once

state, steps = None, []                        # None: zeros for every layer
for t in range(len(x)):                        # one time step per call
    out, state = lstm(x[t:t + 1], state)       # x[t:t + 1]: seq_len = 1
    steps.append(out)

print("stepped == one call: output",
      torch.allclose(torch.cat(steps), output, atol=1e-6),
      " h_n", torch.allclose(state[0], h_n, atol=1e-6),
      " c_n", torch.allclose(state[1], c_n, atol=1e-6))
