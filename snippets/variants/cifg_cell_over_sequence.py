import torch
from torch import nn


class CIFGCell(nn.Module):
    """LSTM cell with a coupled input-forget gate: f = 1 - i."""

    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.ih = nn.Linear(input_size, 3 * hidden_size)    # rows: i, g, o
        self.hh = nn.Linear(hidden_size, 3 * hidden_size)

    def forward(self, x, state):
        h, c = state
        zi, zg, zo = (self.ih(x) + self.hh(h)).chunk(3, 1)
        i = torch.sigmoid(zi)
        c = (1 - i) * c + i * torch.tanh(zg)        # forget gate f = 1 - i
        return torch.sigmoid(zo) * torch.tanh(c), c


torch.manual_seed(0)
cell = CIFGCell(input_size=10, hidden_size=20)
x = torch.randn(5, 3, 10)                       # (seq_len, batch, input_size)
h, c = torch.zeros(3, 20), torch.zeros(3, 20)   # (batch, hidden_size) each
steps = []
for x_t in x:                                   # one time step per call
    h, c = cell(x_t, (h, c))
    steps.append(h)
output = torch.stack(steps)
print("output:", output.shape)
print("h, c:  ", h.shape, c.shape)
def count(m):
    return sum(p.numel() for p in m.parameters())


print("parameters:", count(cell), "= 3/4 of LSTMCell's",
      count(nn.LSTMCell(10, 20)))
