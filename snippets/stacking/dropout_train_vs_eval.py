import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 3, 10)
for module in (nn.RNN, nn.GRU, nn.LSTM):
    m = module(input_size=10, hidden_size=20, num_layers=2, dropout=0.5)
    m.train()                          # a new dropout mask on every call
    train = torch.equal(m(x)[0], m(x)[0])
    m.eval()                           # dropout off
    evaluation = torch.equal(m(x)[0], m(x)[0])
    print(f"{module.__name__:<4} two runs equal: train mode {train},",
          f"eval mode {evaluation}")
