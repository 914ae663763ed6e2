import torch
from torch import nn

torch.manual_seed(0)
H = 4
lstm = nn.LSTM(input_size=3, hidden_size=H, bidirectional=True)
x = torch.randn(5, 1, 3)
full, _ = lstm(x)                                # the whole sequence in one call

state, steps = None, []
for t in range(len(x)):                          # the tutorial pattern: one step per call
    out, state = lstm(x[t:t + 1], state)
    steps.append(out)
stepped = torch.cat(steps)

print("forward halves match: ", torch.allclose(stepped[..., :H], full[..., :H], atol=1e-6))
print("backward halves match:", torch.allclose(stepped[..., H:], full[..., H:], atol=1e-6))
print("backward at t=0, full:   ", [round(v, 4) for v in full[0, 0, H:].tolist()])
print("backward at t=0, stepped:", [round(v, 4) for v in stepped[0, 0, H:].tolist()])

# stepped, the "backward" direction is a second forward LSTM with the _reverse weights
uni = nn.LSTM(input_size=3, hidden_size=H)
reverse = {k: v for k, v in lstm.state_dict().items() if k.endswith("_reverse")}
uni.load_state_dict({k.removesuffix("_reverse"): v for k, v in reverse.items()})
print("stepped backward == forward run with _reverse weights:",
      torch.allclose(stepped[..., H:], uni(x)[0], atol=1e-6))
