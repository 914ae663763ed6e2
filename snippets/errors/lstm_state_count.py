import torch
from torch import nn

lstm = nn.LSTM(input_size=10, hidden_size=20)
x = torch.randn(5, 3, 10)
h = torch.zeros(1, 3, 20)
for state in ((h,), (h, h, h)):        # one state, three states
    try:
        lstm(x, state)
    except (IndexError, RuntimeError) as error:
        print(type(error).__name__ + ":", error)
