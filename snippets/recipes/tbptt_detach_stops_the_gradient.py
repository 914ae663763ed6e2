import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(4, 8)
# chunk 1 = steps 0-9, chunk 2 = steps 10-19
x = torch.randn(20, 2, 4, requires_grad=True)
for detach in (True, False):
    x.grad = None
    _, (h, c) = lstm(x[:10])                    # chunk 1
    if detach:
        h, c = h.detach(), c.detach()
    # chunk 2 starts from chunk 1's state
    output, _ = lstm(x[10:], (h, c))
    output.sum().backward()                     # chunk 2's loss only
    reached = bool(x.grad[:10].abs().sum() > 0)
    print(f"detach={detach}: gradient reaches chunk 1's inputs: {reached}")
