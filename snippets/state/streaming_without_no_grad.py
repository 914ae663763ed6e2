import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=4, hidden_size=8).eval()  # eval() or not
stream = torch.randn(100, 4)                 # samples, one by one


def last_h(x):
    state = None
    for x_t in x:
        _, state = lstm(x_t.view(1, 4), state)   # carry (h, c)
    return state[0]


print("grad on:  a graph is recorded:", last_h(stream).grad_fn is not None)
x = stream.clone().requires_grad_()          # only to follow the gradient
(grad,) = torch.autograd.grad(last_h(x).sum(), x)
print("grad on:  step 99's state reaches back to step 0:",
      bool(grad[0].abs().sum() > 0))
with torch.no_grad():
    h = last_h(stream)
print("no_grad:  requires_grad:", h.requires_grad, " grad_fn:", h.grad_fn)
lstm.requires_grad_(False)                   # parameters frozen instead
print("frozen:   grad_fn:", last_h(stream).grad_fn)
