import torch
from torch import nn

gru_cell, lstm_cell = nn.GRUCell(10, 20), nn.LSTMCell(10, 20)
x = torch.randn(3, 10)                 # (batch 3, input_size 10)
calls = [
    lambda: gru_cell(x, torch.zeros(4, 20)),      # batch 4
    lambda: gru_cell(x, torch.zeros(3, 21)),      # 21 features
    lambda: lstm_cell(x, (torch.zeros(3, 20), torch.zeros(3, 21))),  # c
]
for call in calls:
    try:
        call()
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
