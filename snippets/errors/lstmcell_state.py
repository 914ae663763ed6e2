import torch
from torch import nn

cell = nn.LSTMCell(input_size=10, hidden_size=20)
x, h = torch.randn(3, 10), torch.zeros(3, 20)
for state in (h, (h,), (h, h, h)):     # a tensor, one state, three states
    try:
        cell(x, state)
    except (TypeError, RuntimeError) as error:
        print(type(error).__name__ + ":", error)
