import torch
from torch import nn

torch.manual_seed(0)
H, num_layers, batch = 4, 2, 3
gru = nn.GRU(input_size=3, hidden_size=H, num_layers=num_layers,
             bidirectional=True)
x = torch.randn(5, batch, 3)
output, h_n = gru(x)
print("h_n:", h_n.shape)                 # (num_layers * 2, batch, H)
fwd, bwd = output[..., :H], output[..., H:]      # top layer only
print("h_n[-2] == last layer forward: ", torch.equal(h_n[-2], fwd[-1]))
print("h_n[-1] == last layer backward:", torch.equal(h_n[-1], bwd[0]))
# h_n[0], h_n[1] are layer 0: a one-layer GRU with layer 0's weights
layer0 = nn.GRU(input_size=3, hidden_size=H, bidirectional=True)
layer0.load_state_dict({k: v for k, v in gru.state_dict().items()
                        if "_l0" in k})
print("h_n[0:2] == layer 0 (fwd, bwd):",
      torch.allclose(h_n[0:2], layer0(x)[1], atol=1e-6))

right = h_n.view(num_layers, 2, batch, H)   # (layer, direction, batch, H)
wrong = h_n.view(2, num_layers, batch, H)
print("view(num_layers, 2, ...)[-1, 0] is last layer forward:",
      torch.equal(right[-1, 0], h_n[-2]))
print("view(2, num_layers, ...)[0, -1] is last layer forward:",
      torch.equal(wrong[0, -1], h_n[-2]))
