import torch
from torch import nn

torch.manual_seed(0)
cell = nn.GRUCell(input_size=10, hidden_size=20)
x = torch.randn(10)
print("both 1-D:", tuple(cell(x, torch.zeros(20)).shape))
print("both 2-D:", tuple(cell(x.unsqueeze(0), torch.zeros(1, 20)).shape))
