import torch
from torch import nn

torch.manual_seed(0)
gru = nn.GRU(10, 20, bidirectional=True)
x = torch.randn(5, 3, 10)
_, h_n = gru(x)                       # (2, 3, 20)
h_0 = h_n[:, :2]                      # 2 of the 3 sequences: a view
print("view contiguous:   ", h_0.is_contiguous())
print("after .contiguous():", h_0.contiguous().is_contiguous())
_, h_n2 = gru(x[:, :2], h_0)          # the CPU accepts the view itself
print("CPU, view as h_0:   ", tuple(h_n2.shape))
