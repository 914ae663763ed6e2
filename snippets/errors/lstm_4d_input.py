import torch
from torch import nn

x = torch.randn(4, 6, 5, 10)   # (documents, sentences, words, features)
for module in (nn.RNN, nn.LSTM, nn.GRU):
    layer = module(input_size=10, hidden_size=20, batch_first=True)
    try:
        layer(x)
    except ValueError as error:
        print(type(error).__name__ + ":", error)
