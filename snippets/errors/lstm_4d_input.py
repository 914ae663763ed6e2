import torch
from torch import nn

lstm = nn.LSTM(input_size=10, hidden_size=20, batch_first=True)
x = torch.randn(4, 6, 5, 10)           # (documents, sentences, words, features)
try:
    lstm(x)
except ValueError as error:
    print(type(error).__name__ + ":", error)
