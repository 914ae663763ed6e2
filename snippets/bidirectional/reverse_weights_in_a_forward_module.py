import torch
from torch import nn

torch.manual_seed(0)
H, x = 4, torch.randn(5, 2, 3)
for Module in (nn.LSTM, nn.GRU):
    bi = Module(input_size=3, hidden_size=H, bidirectional=True)
    output, states = bi(x)                 # LSTM: (h_n, c_n); GRU: h_n
    p = bi.state_dict()
    for d, name in enumerate(("forward", "backward")):
        # a one-direction module holding this direction's parameters
        uni = Module(input_size=3, hidden_size=H)
        uni.load_state_dict({k.removesuffix("_reverse"): v for k, v
                             in p.items() if k.endswith("_reverse") == d})
        out, own = uni(x.flip(0) if d else x)     # backward: reversed input
        out = out.flip(0) if d else out           # ... and reversed back
        pairs = zip(states, own) if Module is nn.LSTM else [(states, own)]
        checks = [f"{n}[{d}] {torch.allclose(s[d], o[0], atol=1e-6)}"
                  for n, (s, o) in zip(("h_n", "c_n"), pairs)]
        half = torch.allclose(output[..., d * H:(d + 1) * H], out, atol=1e-6)
        print(f"{Module.__name__} {name}: output half {half},", *checks)
    print(Module.__name__, "weights differ from their _reverse twins:",
          all(not torch.equal(v, p[k + "_reverse"])
              for k, v in p.items() if k + "_reverse" in p))
