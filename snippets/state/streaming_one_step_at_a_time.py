import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=4, hidden_size=8, num_layers=2)
stream = torch.randn(12, 4)                  # unbatched: (seq_len, features)
with torch.no_grad():
    whole, (h_n, c_n) = lstm(stream)         # the whole stream in one call

    state, steps = None, []
    for x_t in stream:                       # samples arrive one at a time
        y_t, state = lstm(x_t.view(1, 4), state)  # (1, features): one step
        steps.append(y_t)
    fresh = [lstm(x_t.view(1, 4))[0] for x_t in stream]  # state dropped

print("one step:", tuple(y_t.shape), "state:",
      tuple(state[0].shape), tuple(state[1].shape))
print("carrying (h, c) == one call:", torch.allclose(
    torch.cat(steps), whole, atol=1e-6))
print("final state == (h_n, c_n):  ", torch.allclose(state[0], h_n, atol=1e-6)
      and torch.allclose(state[1], c_n, atol=1e-6))
print("without the state == one call:", torch.allclose(
    torch.cat(fresh), whole, atol=1e-6))
