import torch
from torch import nn

torch.manual_seed(0)
# One layer: no "between layers", so torch warns and dropout does nothing
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=1, dropout=0.5)
plain = nn.LSTM(input_size=10, hidden_size=20, num_layers=1)   # dropout=0
plain.load_state_dict(lstm.state_dict())
x = torch.randn(5, 3, 10)
lstm.train(), plain.train()
print("train mode, dropout=0.5 == dropout=0:",
      torch.equal(lstm(x)[0], plain(x)[0]))
