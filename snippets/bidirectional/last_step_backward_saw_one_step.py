import torch
from torch import nn

torch.manual_seed(0)
H = 4
lstm = nn.LSTM(input_size=3, hidden_size=H, bidirectional=True,
               batch_first=True)
x = torch.randn(2, 5, 3)
output, _ = lstm(x)

# the backward direction starts at the last step: there it has read one step
last_step_only, _ = lstm(x[:, -1:])         # a sequence of length 1
print("backward half of output[:, -1] == run on x[:, -1:] alone:",
      torch.allclose(output[:, -1, H:], last_step_only[:, 0, H:], atol=1e-6))
print("forward half of output[:, -1] == run on x[:, -1:] alone: ",
      torch.allclose(output[:, -1, :H], last_step_only[:, 0, :H], atol=1e-6))
