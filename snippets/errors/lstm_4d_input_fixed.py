import torch
from torch import nn

lstm = nn.LSTM(input_size=10, hidden_size=20, batch_first=True)
x = torch.randn(4, 6, 5, 10)   # (documents, sentences, words, features)
# Fold the extra dimension into the batch, run, then unfold
output, (h_n, c_n) = lstm(x.reshape(4 * 6, 5, 10))
print("output:", output.shape, "->", output.reshape(4, 6, 5, 20).shape)
print("h_n:   ", h_n.shape, "->", h_n[-1].reshape(4, 6, 20).shape)
