import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=4, hidden_size=8, num_layers=2, dropout=0.5)
x = torch.randn(5, 3, 4)

rnn.train()
print("train mode, two runs equal:", torch.equal(rnn(x)[0], rnn(x)[0]))
rnn.eval()
print("eval mode, two runs equal: ", torch.equal(rnn(x)[0], rnn(x)[0]))
