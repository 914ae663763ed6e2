import torch
from torch import nn

torch.manual_seed(0)
H, K = 20, 3
gru = nn.GRU(input_size=10, hidden_size=H, num_layers=K, bidirectional=True)
x = torch.randn(4, 2, 10)
_, h_n = gru(x)

for k in range(K):
    # The first k + 1 layers as a module of their own: its top is layer k.
    lower = nn.GRU(10, H, num_layers=k + 1, bidirectional=True)
    lower.load_state_dict({name: p for name, p in gru.state_dict().items()
                           if name in lower.state_dict()})
    out, _ = lower(x)
    fwd = torch.allclose(h_n[2 * k], out[-1, :, :H], atol=1e-6)
    bwd = torch.allclose(h_n[2 * k + 1], out[0, :, H:], atol=1e-6)
    print(f"h_n[{2 * k}] is layer {k} forward:", fwd,
          f"| h_n[{2 * k + 1}] is layer {k} backward:", bwd)
