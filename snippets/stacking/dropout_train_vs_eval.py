import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2, dropout=0.5)
x = torch.randn(5, 3, 10)

lstm.train()                           # a new dropout mask on every call
print("train mode, two runs equal:", torch.equal(lstm(x)[0], lstm(x)[0]))
lstm.eval()                            # dropout off
print("eval mode, two runs equal: ", torch.equal(lstm(x)[0], lstm(x)[0]))
