import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
gru = nn.GRU(10, 20).to(device)              # model to the device once
x = torch.randn(5, 3, 10).to(device)         # every batch to the same one
h_0 = torch.zeros(1, 3, 20, device=x.device)  # state made where x lives
output, h_n = gru(x, h_0)
print("same device:", output.device == h_n.device == x.device)
print("output:", output.shape)
