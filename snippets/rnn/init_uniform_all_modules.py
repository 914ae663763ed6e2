import math

import torch
from torch import nn

torch.manual_seed(0)
H_in, H = 3, 16                # 1/sqrt(H) = 0.25, 1/sqrt(H_in) = 0.58
modules = [nn.RNN(H_in, H, num_layers=2), nn.GRU(H_in, H),
           nn.LSTM(H_in, H, proj_size=4), nn.RNNCell(H_in, H),
           nn.GRUCell(H_in, H), nn.LSTMCell(H_in, H)]
bound = 1 / math.sqrt(H)
for module in modules:
    v = torch.cat([p.detach().flatten() for p in module.parameters()])
    b = torch.cat([p.detach() for name, p in module.named_parameters()
                   if name.startswith("bias")])
    print(f"{type(module).__name__:<8}",
          "all within:", bool(v.abs().max() <= bound),
          "| max/bound:", round(v.abs().max().item() / bound, 2),
          "| mean|v|/bound:", round(v.abs().mean().item() / bound, 1),
          "| biases all 0:", bool((b == 0).all()))
