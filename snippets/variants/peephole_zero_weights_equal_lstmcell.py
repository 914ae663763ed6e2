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
peephole = PeepholeLSTMCell(10, 20)
lstm = nn.LSTMCell(10, 20)
# same weight_ih, weight_hh, bias_ih, bias_hh; 'peephole' is left out
print(lstm.load_state_dict(peephole.state_dict(), strict=False))
x, state = torch.randn(3, 10), (torch.randn(3, 20), torch.randn(3, 20))


def same(a, b):
    return all(torch.allclose(p, q, atol=1e-6) for p, q in zip(a, b))


print("random peepholes, same as LSTMCell:",
      same(peephole(x, state), lstm(x, state)))
with torch.no_grad():
    peephole.peephole.zero_()                 # p_i = p_f = p_o = 0
print("zero peepholes, same as LSTMCell:  ",
      same(peephole(x, state), lstm(x, state)))
