import itertools

import torch
from torch import nn

torch.manual_seed(0)
gru = nn.GRU(input_size=3, hidden_size=4)
x, h_0 = torch.randn(6, 2, 3), torch.randn(1, 2, 4)
output, _ = gru(x, h_0)
# Row block j of weight_ih, weight_hh, bias_ih, bias_hh (parameter order)
blocks = list(zip(*(p.chunk(3) for p in gru.parameters())))

for order in itertools.permutations("rzn"):      # all 6 orderings
    p = dict(zip(order, blocks))                 # r, z, n -> 4 blocks each
    h, steps = h_0[0], []
    for x_t in x:
        a = {g: (x_t @ W_i.T + b_i, h @ W_h.T + b_h)
             for g, (W_i, W_h, b_i, b_h) in p.items()}
        r, z = torch.sigmoid(sum(a["r"])), torch.sigmoid(sum(a["z"]))
        n = torch.tanh(a["n"][0] + r * a["n"][1])
        h = (1 - z) * n + z * h
        steps.append(h)
    same = torch.allclose(torch.stack(steps), output, atol=1e-6)
    print("row blocks", ", ".join(order), "reproduce nn.GRU:", same)
