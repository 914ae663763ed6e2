import torch
from torch import nn

torch.manual_seed(0)
# With one layer there is no "between layers": torch warns, and dropout does nothing
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=1, dropout=0.5).train()
x = torch.randn(5, 3, 10)
print("dropout:", lstm.dropout)
print("train mode, two runs equal:", torch.equal(lstm(x)[0], lstm(x)[0]))
