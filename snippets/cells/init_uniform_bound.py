import torch
from torch import nn

# Docstring note: every weight and bias ~ U(-sqrt(k), sqrt(k)), k = 1 / H
torch.manual_seed(0)
for H in (20, 200):                            # input_size stays 10
    for Cell in (nn.RNNCell, nn.LSTMCell, nn.GRUCell):
        p = torch.cat([p.flatten() for p in Cell(10, H).parameters()])
        largest, bound = p.abs().max().item(), H ** -0.5
        print(f"H={H:<3} {Cell.__name__:<9}",
              "all within:", largest <= bound,
              " largest / bound:", round(largest / bound, 2),
              " std / bound:", round(p.std().item() / bound, 2))
print("uniform's std / bound: 1 / sqrt(3) =", round(3 ** -0.5, 2))
