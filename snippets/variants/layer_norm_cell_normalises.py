import torch
from torch import nn


class LayerNormLSTMCell(nn.LSTMCell):
    """nn.LSTMCell with layer normalisation (Ba et al., 2016)."""

    def __init__(self, input_size, hidden_size, norm=True):
        super().__init__(input_size, hidden_size)
        make = nn.LayerNorm if norm else (lambda size: nn.Identity())
        self.ln_ih, self.ln_hh = make(4 * hidden_size), make(4 * hidden_size)
        self.ln_c = make(hidden_size)

    def forward(self, x, state):
        h, c = state
        z = (self.ln_ih(x @ self.weight_ih.T) + self.bias_ih
             + self.ln_hh(h @ self.weight_hh.T) + self.bias_hh)
        i, f, g, o = z.chunk(4, 1)                  # PyTorch's order
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        return torch.sigmoid(o) * torch.tanh(self.ln_c(c)), c


torch.manual_seed(0)
cell = LayerNormLSTMCell(10, 20)
x, state = 5 * torch.randn(3, 10), (torch.randn(3, 20), torch.randn(3, 20))
z = cell.ln_ih(x @ cell.weight_ih.T)        # (3, 80): one row per sample
print("normalised rows: mean 0:", bool(z.mean(1).abs().max() < 1e-5),
      " std 1:", bool((z.std(1, unbiased=False) - 1).abs().max() < 1e-3))

lstm = nn.LSTMCell(10, 20)
lstm.load_state_dict(cell.state_dict(), strict=False)
before = cell(x, state), lstm(x, state)
with torch.no_grad():
    cell.weight_ih.mul_(10), lstm.weight_ih.mul_(10)   # 10x input weights
for name, m, old in (("LayerNorm cell", cell, before[0]),
                     ("LSTMCell      ", lstm, before[1])):
    same = all(torch.allclose(a, b, atol=1e-5)
               for a, b in zip(m(x, state), old))
    print(f"{name}: weight_ih x 10, same h and c: {same}")
