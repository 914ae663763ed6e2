from itertools import permutations

import torch
from torch import nn

torch.manual_seed(0)
H = 3
lstm = nn.LSTM(input_size=2, hidden_size=H)
x, h_0, c_0 = torch.randn(1, 1, 2), torch.randn(1, 1, H), torch.randn(1, 1, H)
_, (h_1, c_1) = lstm(x, (h_0, c_0))
z = (x[0] @ lstm.weight_ih_l0.T + lstm.bias_ih_l0
     + h_0[0] @ lstm.weight_hh_l0.T + lstm.bias_hh_l0)
blocks = z.chunk(4, dim=1)             # four row blocks, in stored order

matches = []
for order in permutations("ifgo"):     # all 24 ways to name the blocks
    gate = dict(zip(order, blocks))
    c = (torch.sigmoid(gate["f"]) * c_0[0]
         + torch.sigmoid(gate["i"]) * torch.tanh(gate["g"]))
    h = torch.sigmoid(gate["o"]) * torch.tanh(c)
    if torch.allclose(h, h_1[0]) and torch.allclose(c, c_1[0]):
        matches.append("".join(order))
print("orders tried:", len(list(permutations("ifgo"))))
print("orders that reproduce nn.LSTM:", matches)
