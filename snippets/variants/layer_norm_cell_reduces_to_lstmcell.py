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
lstm = nn.LSTMCell(10, 20)
x, state = torch.randn(3, 10), (torch.randn(3, 20), torch.randn(3, 20))
for norm in (True, False):
    cell = LayerNormLSTMCell(10, 20, norm=norm)
    cell.load_state_dict(lstm.state_dict(), strict=False)  # same 4 tensors
    same = all(torch.allclose(a, b, atol=1e-6)
               for a, b in zip(cell(x, state), lstm(x, state)))
    extra = sum(p.numel() for p in cell.parameters()) - 2560
    print(f"norm={norm}: extra parameters {extra}, same as LSTMCell: {same}")
