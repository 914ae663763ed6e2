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


def same(a, b):
    return all(torch.allclose(p, q, atol=1e-6) for p, q in zip(a, b))


torch.manual_seed(0)
H = 20
lstm, cifg = nn.LSTMCell(10, H), CIFGCell(10, H)
# LSTMCell rows i, g, o (f dropped)
rows = torch.cat([torch.arange(0, H), torch.arange(2 * H, 4 * H)])
with torch.no_grad():
    for linear, w, b in ((cifg.ih, lstm.weight_ih, lstm.bias_ih),
                         (cifg.hh, lstm.weight_hh, lstm.bias_hh)):
        linear.weight.copy_(w[rows])
        linear.bias.copy_(b[rows])
x, h0 = torch.randn(2, 3, 10), torch.zeros(3, H)
state = (h0, torch.zeros(3, H))
print("step 1 from c = 0, same as LSTMCell:",
      same(cifg(x[0], state), lstm(x[0], state)))
state = lstm(x[0], state)              # now c != 0: the forget gate matters
print("step 2, same as LSTMCell:           ",
      same(cifg(x[1], state), lstm(x[1], state)))
