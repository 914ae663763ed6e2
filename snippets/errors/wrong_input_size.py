import torch
from torch import nn

lstm = nn.LSTM(input_size=10, hidden_size=20)
x = torch.randn(5, 3, 8)               # 8 features per step, module expects 10
try:
    lstm(x)
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
