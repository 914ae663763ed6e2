import torch
from torch import nn

torch.manual_seed(0)
H = 5
x = torch.randn(4, 1, 3, requires_grad=True)    # (seq_len, batch, input)
for layers in (1, 2):
    lstm = nn.LSTM(3, H, num_layers=layers, bidirectional=True)
    output, _ = lstm(x)
    backward = output[-1, :, H:]           # backward half of output[-1]
    grad, = torch.autograd.grad(backward.sum(), x)
    read = [t for t in range(4) if grad[t].abs().sum() > 0]
    print(f"{layers} layer(s): backward half of output[-1] depends on",
          "x at steps", read)
