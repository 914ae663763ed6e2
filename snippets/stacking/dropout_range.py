import torch
from torch import nn

for dropout in (-0.5, 1.5, True):              # out of range; a bool
    try:
        nn.GRU(10, 20, num_layers=2, dropout=dropout)
    except ValueError as error:
        print(f"dropout={dropout}:", type(error).__name__ + ":", error)

# dropout=1.0 zeroes everything layer 1 receives in training mode
torch.manual_seed(0)
gru = nn.GRU(10, 20, num_layers=2, dropout=1.0)
x_a, x_b = torch.randn(5, 3, 10), torch.randn(5, 3, 10)
gru.train()
print("train mode, outputs for two inputs equal:",
      torch.equal(gru(x_a)[0], gru(x_b)[0]))
gru.eval()
print("eval mode,  outputs for two inputs equal:",
      torch.equal(gru(x_a)[0], gru(x_b)[0]))
