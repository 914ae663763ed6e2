import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=4, hidden_size=8).eval()  # eval() or not
stream = torch.randn(100, 4, requires_grad=True)  # samples, one by one


def last_h():
    state = None
    for x_t in stream:
        _, state = lstm(x_t.view(1, 4), state)   # carry (h, c)
    return state[0]


h = last_h()                                 # gradients on (the default)
(grad,) = torch.autograd.grad(h.sum(), stream)
print("grad on:  step 99's state reaches back to step 0:",
      bool(grad[0].abs().sum() > 0))
with torch.no_grad():
    h = last_h()
print("no_grad:  requires_grad:", h.requires_grad, " grad_fn:", h.grad_fn)
