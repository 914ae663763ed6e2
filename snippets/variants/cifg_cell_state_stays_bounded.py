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
lstm, cifg = nn.LSTMCell(10, 20), CIFGCell(10, 20)
x = 5 * torch.randn(10).expand(200, 3, 10)   # one strong input, 200 steps
state_lstm = state_cifg = (torch.zeros(3, 20), torch.zeros(3, 20))
largest_lstm = largest_cifg = 0.0
with torch.no_grad():
    for x_t in x:
        state_lstm, state_cifg = lstm(x_t, state_lstm), cifg(x_t, state_cifg)
        largest_lstm = max(largest_lstm, state_lstm[1].abs().max().item())
        largest_cifg = max(largest_cifg, state_cifg[1].abs().max().item())
print("LSTMCell: max |c| > 1: ", largest_lstm > 1)
print("CIFGCell: max |c| <= 1:", largest_cifg <= 1)
