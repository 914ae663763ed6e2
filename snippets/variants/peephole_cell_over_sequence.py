import torch
from torch import nn


class PeepholeLSTMCell(nn.LSTMCell):
    """nn.LSTMCell plus diagonal peepholes p_i, p_f, p_o (a vector each)."""

    def __init__(self, input_size, hidden_size):
        super().__init__(input_size, hidden_size)
        p = torch.empty(3, hidden_size).uniform_(-0.1, 0.1)
        self.peephole = nn.Parameter(p)

    def forward(self, x, state):
        h, c = state
        gates = (x @ self.weight_ih.T + self.bias_ih
                 + h @ self.weight_hh.T + self.bias_hh)
        zi, zf, zg, zo = gates.chunk(4, 1)          # PyTorch's order
        p_i, p_f, p_o = self.peephole
        i = torch.sigmoid(zi + p_i * c)             # peek at c_{t-1}
        f = torch.sigmoid(zf + p_f * c)
        c = f * c + i * torch.tanh(zg)
        o = torch.sigmoid(zo + p_o * c)             # peek at the new c_t
        return o * torch.tanh(c), c


torch.manual_seed(0)
cell = PeepholeLSTMCell(input_size=10, hidden_size=20)
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


print("parameters:", count(cell), "= LSTMCell", count(nn.LSTMCell(10, 20)),
      "+ 3 * 20")
