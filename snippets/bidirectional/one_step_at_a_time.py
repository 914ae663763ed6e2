import torch
from torch import nn

torch.manual_seed(0)
H = 4
lstm = nn.LSTM(input_size=3, hidden_size=H, bidirectional=True)
x = torch.randn(5, 1, 3)
full, _ = lstm(x)                        # the whole sequence in one call

state, steps = None, []
for t in range(len(x)):                  # the tutorial pattern: 1 step/call
    out, state = lstm(x[t:t + 1], state)
    steps.append(out)
stepped = torch.cat(steps)
close = lambda a, b: torch.allclose(a, b, atol=1e-6)
print("forward halves match: ", close(stepped[..., :H], full[..., :H]))
print("backward halves match:", close(stepped[..., H:], full[..., H:]))
print("largest backward difference:",
      round((stepped - full)[..., H:].abs().max().item(), 4))

# stepped, the "backward" direction is a forward LSTM with the _reverse weights
uni = nn.LSTM(input_size=3, hidden_size=H)
uni.load_state_dict({k.removesuffix("_reverse"): v for k, v
                     in lstm.state_dict().items() if k.endswith("_reverse")})
print("stepped backward == forward run with _reverse weights:",
      close(stepped[..., H:], uni(x)[0]))
