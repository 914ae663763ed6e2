import torch
from torch import nn

x = torch.randn(5, 3, 10)
for num_layers in (1, 2):
    lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=num_layers)
    h_0 = torch.zeros(num_layers, 3, 20)
    try:
        lstm(x, h_0)                   # h_0 alone, no c_0
    except (IndexError, RuntimeError) as error:
        print(type(error).__name__ + ":", error)
