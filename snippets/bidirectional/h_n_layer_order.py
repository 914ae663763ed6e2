import torch
from torch import nn

torch.manual_seed(0)
H, L, batch = 4, 2, 3                     # L = num_layers
x = torch.randn(5, batch, 3)
row = "{:<5} {:<16} {:<16} {:<17} {:<18} {}".format
print(row("", "h_n[-2] top fwd", "h_n[-1] top bwd", "h_n[0:2] layer 0",
          "view(L, 2)[-1, 0]", "view(2, L)[0, -1]"))
kwargs = dict(input_size=3, hidden_size=H, bidirectional=True)
for Module in (nn.RNN, nn.GRU, nn.LSTM):
    stack = Module(num_layers=L, **kwargs)
    layer0 = Module(**kwargs)             # one layer, layer 0's weights
    layer0.load_state_dict({k: v for k, v in stack.state_dict().items()
                            if "_l0" in k})
    (output, h_n), (_, h_0n) = stack(x), layer0(x)
    if Module is nn.LSTM:                 # LSTM: (h_n, c_n)
        h_n, h_0n = h_n[0], h_0n[0]
    checks = [torch.equal(h_n[-2], output[-1, :, :H]),
              torch.equal(h_n[-1], output[0, :, H:]),
              torch.allclose(h_n[0:2], h_0n, atol=1e-6),
              torch.equal(h_n.view(L, 2, batch, H)[-1, 0], h_n[-2]),
              torch.equal(h_n.view(2, L, batch, H)[0, -1], h_n[-2])]
    print(row(Module.__name__, *map(str, checks)))
print("h_n:", tuple(h_n.shape), " batch:", batch)
