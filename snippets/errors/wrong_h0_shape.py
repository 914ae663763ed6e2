import torch
from torch import nn

rnn = nn.RNN(input_size=10, hidden_size=20, num_layers=2, batch_first=True)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2, batch_first=True)
x = torch.randn(3, 5, 10)              # (batch, seq_len, input_size)
right = torch.zeros(2, 3, 20)          # (num_layers, batch, hidden_size)
wrong = torch.zeros(3, 2, 20)          # batch first here too: wrong
calls = [
    lambda: rnn(x, wrong),
    lambda: lstm(x, (wrong, right)),   # h_0 wrong
    lambda: lstm(x, (right, wrong)),   # c_0 wrong
]
for call in calls:
    try:
        call()
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
