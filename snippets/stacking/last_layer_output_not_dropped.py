import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2,
               dropout=0.5).train()
x = torch.randn(5, 3, 10)
output, (h_n, c_n) = lstm(x)

# In training mode output[-1] still equals the top layer's h_n
print("train mode, output[-1] equals h_n[-1]:",
      torch.equal(output[-1], h_n[-1]))
print("zeros in output:", int((output == 0).sum()), "of", output.numel())

# What it would look like if the last layer's output were dropped out
dropped = nn.Dropout(0.5)(output)
print("extra nn.Dropout, output[-1] equals h_n[-1]:",
      torch.equal(dropped[-1], h_n[-1]))
print("extra nn.Dropout, share of zeros in output:",
      round((dropped == 0).float().mean().item(), 1))
