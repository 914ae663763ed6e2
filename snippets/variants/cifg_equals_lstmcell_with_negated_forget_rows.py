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
H = 20
x = torch.randn(6, 3, 10)
start = (torch.randn(3, H), torch.randn(3, H))
i_g_o = torch.cat([torch.arange(0, H), torch.arange(2 * H, 4 * H)])
for negate in (False, True):
    lstm, cifg = nn.LSTMCell(10, H), CIFGCell(10, H)
    with torch.no_grad():
        for lin, w, b in ((cifg.ih, lstm.weight_ih, lstm.bias_ih),
                          (cifg.hh, lstm.weight_hh, lstm.bias_hh)):
            lin.weight.copy_(w[i_g_o])          # LSTMCell rows i, g, o
            lin.bias.copy_(b[i_g_o])
            if negate:                          # f = sigmoid(-z_i) = 1 - i
                w[H:2 * H], b[H:2 * H] = -w[:H], -b[:H]
    s_lstm = s_cifg = start
    for x_t in x:
        s_lstm, s_cifg = lstm(x_t, s_lstm), cifg(x_t, s_cifg)
    print(f"forget rows = -input rows: {negate!s:5}",
          "h, c equal after 6 steps:",
          [torch.allclose(a, b, atol=1e-6) for a, b in zip(s_lstm, s_cifg)])
