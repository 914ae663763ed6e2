import torch
from torch.nn import functional as F

torch.manual_seed(0)
prediction = torch.randn(8, 1)               # head(h_n[-1]): (batch, 1)
y = torch.randn(8)                           # targets stored as (batch,)
wrong = F.mse_loss(prediction, y)            # broadcasts to (8, 8)
right = F.mse_loss(prediction, y.unsqueeze(-1))
print("(8, 1) - (8,) has shape:", tuple((prediction - y).shape))
print("wrong == mean of all 64 (8, 8) differences:",
      torch.allclose(wrong, ((prediction - y) ** 2).mean()))
print("same loss:", torch.allclose(wrong, right))
print("right == mean((prediction[:, 0] - y) ** 2):",
      torch.allclose(right, ((prediction[:, 0] - y) ** 2).mean()))
