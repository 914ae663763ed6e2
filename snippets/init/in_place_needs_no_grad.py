import torch
from torch import nn

lstm = nn.LSTM(10, 20)
try:
    lstm.bias_ih_l0[20:40] = 1.0             # outside torch.no_grad()
except RuntimeError as error:
    print("RuntimeError:", error)
with torch.no_grad():
    lstm.bias_ih_l0[20:40] = 1.0
print("inside torch.no_grad():", lstm.bias_ih_l0[20:40].unique().tolist(),
      "| still a Parameter:", isinstance(lstm.bias_ih_l0, nn.Parameter),
      "| requires_grad:", lstm.bias_ih_l0.requires_grad)
