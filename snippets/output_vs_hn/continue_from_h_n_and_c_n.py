import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=3)
x = torch.randn(6, 2, 10)
output, _ = lstm(x)                         # the whole sequence at once


def in_two_chunks(state):
    """Steps 0-3, then steps 4-5 started from the given (h, c)."""
    first, (h_n, c_n) = lstm(x[:4])
    rest, _ = lstm(x[4:], state(h_n, c_n))
    return torch.allclose(torch.cat([first, rest]), output, atol=1e-6)


z = torch.zeros_like
print("from (h_n, c_n):     ", in_two_chunks(lambda h, c: (h, c)))
print("from (h_n, zeros):   ", in_two_chunks(lambda h, c: (h, z(c))))
top_only = lambda h: torch.cat([z(h[:-1]), h[-1:]])   # what output[-1] gives
print("from h_n[-1] and c_n:", in_two_chunks(lambda h, c: (top_only(h), c)))
