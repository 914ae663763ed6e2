import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.GRU(8, 16, num_layers=2)
# one layer fewer than the encoder
decoder = nn.GRU(8, 16, num_layers=1)
_, h_n = encoder(torch.randn(7, 3, 8))
print("h_n:", h_n.shape)
try:
    decoder(torch.randn(4, 3, 8), h_n)
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
# h_n[-1:] keeps the layer dim
print("top layer only:", decoder(torch.randn(4, 3, 8), h_n[-1:])[1].shape)
