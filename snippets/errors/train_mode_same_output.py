import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 3, 10)
for dropout in (0.0, 0.5):
    lstm = nn.LSTM(10, 20, num_layers=2, dropout=dropout)
    lstm.eval()
    frozen, _ = lstm(x)
    lstm.train()                       # what cuDNN's backward requires
    trained, _ = lstm(x)
    print(f"dropout={dropout}: train() output == eval() output:",
          torch.equal(frozen, trained))
