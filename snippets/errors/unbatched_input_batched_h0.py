import torch
from torch import nn

gru = nn.GRU(input_size=10, hidden_size=20, num_layers=2)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2)
calls = [
    lambda: gru(torch.randn(5, 10), torch.zeros(2, 1, 20)),   # 2-D x, 3-D h_0
    lambda: gru(torch.randn(5, 3, 10), torch.zeros(2, 20)),   # 3-D x, 2-D h_0
    lambda: lstm(torch.randn(5, 10), (torch.zeros(2, 1, 20),) * 2),
    lambda: lstm(torch.randn(5, 3, 10), (torch.zeros(2, 20),) * 2),
]
for call in calls:
    try:
        call()
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
