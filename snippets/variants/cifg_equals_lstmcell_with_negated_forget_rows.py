import torch
from torch import nn


class CIFGCell(nn.Module):
    """LSTM cell with a coupled input-forget gate: f = 1 - i, so three gate blocks instead of four."""

    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.ih = nn.Linear(input_size, 3 * hidden_size)    # rows: i, g, o
        self.hh = nn.Linear(hidden_size, 3 * hidden_size)

    def forward(self, x, state):
        h, c = state
        zi, zg, zo = (self.ih(x) + self.hh(h)).chunk(3, 1)
        i = torch.sigmoid(zi)
        c = (1 - i) * c + i * torch.tanh(zg)                # forget gate f = 1 - i
        return torch.sigmoid(zo) * torch.tanh(c), c


torch.manual_seed(0)
H = 20
lstm, cifg = nn.LSTMCell(10, H), CIFGCell(10, H)
rows = torch.cat([torch.arange(0, H), torch.arange(2 * H, 4 * H)])   # LSTMCell rows i, g, o
with torch.no_grad():
    for linear, w, b in ((cifg.ih, lstm.weight_ih, lstm.bias_ih), (cifg.hh, lstm.weight_hh, lstm.bias_hh)):
        linear.weight.copy_(w[rows])
        linear.bias.copy_(b[rows])
        w[H:2 * H], b[H:2 * H] = -w[:H], -b[:H]   # forget rows := -input rows, so f = sigmoid(-z_i) = 1 - i
x = torch.randn(6, 3, 10)
state_lstm = state_cifg = (torch.randn(3, H), torch.randn(3, H))
for x_t in x:
    state_lstm, state_cifg = lstm(x_t, state_lstm), cifg(x_t, state_cifg)
print("h equal after 6 steps:", torch.allclose(state_lstm[0], state_cifg[0], atol=1e-6))
print("c equal after 6 steps:", torch.allclose(state_lstm[1], state_cifg[1], atol=1e-6))
