import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(4, 8, num_layers=2)
x = torch.randn(30, 2, 4)
# the whole sequence in one call
full, (h_full, c_full) = lstm(x)

state, outputs = None, []
# three calls, carrying (h, c) across
for chunk in x.split(10):
    output, state = lstm(chunk, state)
    # detach changes gradients, not values
    state = tuple(s.detach() for s in state)
    outputs.append(output)
print("chunks:", [tuple(o.shape) for o in outputs])
print("output equal:", torch.allclose(torch.cat(outputs), full, atol=1e-6))
print("h_n equal:   ", torch.allclose(state[0], h_full, atol=1e-6))
print("c_n equal:   ", torch.allclose(state[1], c_full, atol=1e-6))
# the same three calls, each starting from zeros instead
fresh = torch.cat([lstm(chunk)[0] for chunk in x.split(10)])
print("not carried, output equal:", torch.allclose(fresh, full, atol=1e-6))
