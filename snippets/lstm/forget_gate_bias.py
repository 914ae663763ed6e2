import torch
from torch import nn

H = 4
x, h_0 = torch.zeros(1, 1, 3), torch.zeros(1, 1, H)  # gates see biases only

def forget_gate_bias(lstm):
    """f = c_1(c_0 = 1) - c_1(c_0 = 0); its logit is the gate's bias."""
    c = [lstm(x, (h_0, torch.full((1, 1, H), v)))[1][1] for v in (1., 0.)]
    return [round(v, 2) for v in torch.logit(c[0] - c[1]).flatten().tolist()]

recipes = {"1 in every bias": (1.0, 1.0), "1 in bias_ih only": (1.0, None),
           "1 in bias_ih, 0 in bias_hh": (1.0, 0.0), "0.5 in both": (0.5, 0.5)}
for name, (ih, hh) in recipes.items():
    torch.manual_seed(0)
    lstm = nn.LSTM(input_size=3, hidden_size=H)      # random biases
    with torch.no_grad():
        lstm.bias_ih_l0[H:2 * H] = ih                # forget-gate slice
        if hh is not None:
            lstm.bias_hh_l0[H:2 * H] = hh
    print(f"{name:<27} forget-gate bias:", forget_gate_bias(lstm))
torch.manual_seed(0)                                 # the same random init
b_hf = nn.LSTM(input_size=3, hidden_size=H).bias_hh_l0[H:2 * H].tolist()
print(f"{'1 + b_hf (b_hf as drawn)':<27} for comparison: ",
      [round(1 + v, 2) for v in b_hf])
