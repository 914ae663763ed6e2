import torch
from torch import nn

torch.manual_seed(0)
H = 4
bi = nn.LSTM(input_size=3, hidden_size=H, bidirectional=True)
x = torch.randn(5, 2, 3)
output, (h_n, c_n) = bi(x)

# a one-direction LSTM holding the *_reverse parameters
uni = nn.LSTM(input_size=3, hidden_size=H)
reverse = {k: v for k, v in bi.state_dict().items() if k.endswith("_reverse")}
uni.load_state_dict({k.removesuffix("_reverse"): v for k, v in reverse.items()})
reversed_output, (h_rev, c_rev) = uni(x.flip(0))              # run it on the reversed sequence

print("backward half == flipped run, flipped back:",
      torch.allclose(output[..., H:], reversed_output.flip(0), atol=1e-6))
print("h_n[1] == its final h:", torch.allclose(h_n[1], h_rev[0], atol=1e-6))
print("c_n[1] == its final c:", torch.allclose(c_n[1], c_rev[0], atol=1e-6))
print("backward weights differ from forward:", not torch.equal(bi.weight_hh_l0, bi.weight_hh_l0_reverse))
