import torch
from torch import nn

torch.manual_seed(0)
num_layers, batch, emb, H = 2, 3, 8, 16
encoder = nn.GRU(emb, H, num_layers=num_layers, bidirectional=True)
_, h_n = encoder(torch.randn(7, batch, emb))
print("encoder h_n:      ", h_n.shape)          # (num_layers * 2, batch, H)
per_layer = h_n.view(num_layers, 2, batch, H)   # (layer, direction, batch, H)
print("view:             ", per_layer.shape)

concat = torch.cat([per_layer[:, 0], per_layer[:, 1]], dim=2)
# decoder needs hidden_size = 2 * H
print("concat directions:", concat.shape)
decoder = nn.GRU(emb, 2 * H, num_layers=num_layers)
print("decoder h_n:      ",
      decoder(torch.randn(4, batch, emb), concat)[1].shape)

summed = per_layer.sum(dim=1)
print("sum directions:   ", summed.shape)       # decoder keeps hidden_size = H
decoder = nn.GRU(emb, H, num_layers=num_layers)
print("decoder h_n:      ",
      decoder(torch.randn(4, batch, emb), summed)[1].shape)
