import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(4, 8, batch_first=True)
a = torch.randn(3, 5, 4)                     # batch 1: 3 unrelated sequences
b = torch.randn(3, 5, 4)                     # batch 2: 3 other ones
alone, _ = lstm(b)                           # b on its own, from zeros

_, state = lstm(a)
carried, _ = lstm(b, state)                  # b started from a's final state
zeros = (torch.zeros(1, 3, 8), torch.zeros(1, 3, 8))
reset, _ = lstm(b, zeros)                    # b with the state reset
print("carried: b's output depends on a:",
      not torch.allclose(carried, alone, atol=1e-6))
print("reset:   b's output depends on a:",
      not torch.allclose(reset, alone, atol=1e-6))
