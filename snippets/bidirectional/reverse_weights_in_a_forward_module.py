import torch
from torch import nn

torch.manual_seed(0)
H = 4
bi = nn.LSTM(input_size=3, hidden_size=H, bidirectional=True)
x = torch.randn(5, 2, 3)
output, (h_n, c_n) = bi(x)

for d, name in enumerate(("forward", "backward")):
    # a one-direction LSTM holding this direction's parameters
    uni = nn.LSTM(input_size=3, hidden_size=H)
    uni.load_state_dict({k.removesuffix("_reverse"): v
                         for k, v in bi.state_dict().items()
                         if k.endswith("_reverse") == (d == 1)})
    seq = x.flip(0) if d == 1 else x          # backward: reversed input
    out, (h, c) = uni(seq)
    out = out.flip(0) if d == 1 else out      # ... and reversed back
    half = output[..., d * H:(d + 1) * H]
    print(f"{name}: half of output", torch.allclose(half, out, atol=1e-6),
          f" h_n[{d}]", torch.allclose(h_n[d], h[0], atol=1e-6),
          f" c_n[{d}]", torch.allclose(c_n[d], c[0], atol=1e-6))
print("backward weights differ from forward:",
      not torch.equal(bi.weight_hh_l0, bi.weight_hh_l0_reverse))
