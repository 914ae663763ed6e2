import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(8, 16)
x = torch.randn(20, 32, 8)                   # 32 sequences of 20 steps
batched, _ = lstm(x)                         # one call for all 32
alone = [lstm(x[:, i])[0] for i in range(32)]  # 32 unbatched calls
print("one batched call == 32 calls:",
      torch.allclose(batched, torch.stack(alone, dim=1), atol=1e-6))
