import torch
from torch import nn

torch.manual_seed(0)
# Dropout between two stacked layers: needs num_layers >= 2
lstm = nn.LSTM(10, 20, num_layers=2, dropout=0.5)
# One layer: put an nn.Dropout on its output instead
single, drop = nn.LSTM(10, 20), nn.Dropout(0.5)
output, _ = single(torch.randn(5, 3, 10))
print("stacked dropout:", lstm.dropout)
print("dropped output: ", drop(output).shape)
