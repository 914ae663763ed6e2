import itertools
import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=3, hidden_size=4)
x, h, c = torch.randn(1, 2, 3), torch.randn(1, 2, 4), torch.randn(1, 2, 4)
_, (h_ref, c_ref) = lstm(x, (h, c))

# the four row blocks of the stacked weights and biases, as they are stored
z = (x[0] @ lstm.weight_ih_l0.T + lstm.bias_ih_l0
     + h[0] @ lstm.weight_hh_l0.T + lstm.bias_hh_l0)
blocks = z.chunk(4, dim=1)
matches = []
for order in itertools.permutations("ifgo"):    # all 24 name assignments
    gate = dict(zip(order, blocks))
    i, f, o = (torch.sigmoid(gate[k]) for k in "ifo")
    c_new = f * c[0] + i * torch.tanh(gate["g"])
    h_new = o * torch.tanh(c_new)
    if torch.allclose(h_new, h_ref[0]) and torch.allclose(c_new, c_ref[0]):
        matches.append(" ".join(order))
print("orderings tried:", len(list(itertools.permutations("ifgo"))))
print("orderings that reproduce nn.LSTM:", matches)
