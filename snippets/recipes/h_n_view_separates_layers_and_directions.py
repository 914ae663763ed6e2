import torch
from torch import nn

torch.manual_seed(0)
num_layers, batch, H = 2, 3, 16
encoder = nn.GRU(8, H, num_layers=num_layers, bidirectional=True)
output, h_n = encoder(torch.randn(7, batch, 8))
# the top layer's final states
top_forward, top_backward = output[-1, :, :H], output[0, :, H:]

per_layer = h_n.view(num_layers, 2, batch, H)   # (layer, direction, batch, H)
print("view(num_layers, 2, ...)[-1, 0] is top forward: ",
      torch.equal(per_layer[-1, 0], top_forward))
print("view(num_layers, 2, ...)[-1, 1] is top backward:",
      torch.equal(per_layer[-1, 1], top_backward))
# Same shape, wrong order: h_n is layer-major, not direction-major.
swapped = h_n.view(2, num_layers, batch, H)
print("view(2, num_layers, ...)[0, -1] is top forward: ",
      torch.equal(swapped[0, -1], top_forward))
# Same shape as the concatenation, but it mixes batch entries.
concat = torch.cat([per_layer[:, 0], per_layer[:, 1]], dim=2)
glued = h_n.view(num_layers, batch, 2 * H)
print("view(num_layers, batch, 2 * H) equals concat:   ",
      torch.equal(glued, concat))
