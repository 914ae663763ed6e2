import torch
from torch import nn

torch.manual_seed(0)
cell = nn.LSTMCell(10, 20)
x = torch.randn(10)                      # (input_size,): no batch dimension
h, c = cell(x, (torch.zeros(20), torch.zeros(20)))   # state (hidden_size,)
print("h':", h.shape, " c':", c.shape)

# Same numbers as a batch of one
h_batched, c_batched = cell(x.unsqueeze(0))
print("same as batch of one: h'", torch.allclose(h, h_batched[0]),
      " c'", torch.allclose(c, c_batched[0]))
