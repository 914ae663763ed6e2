import torch
from torch import nn

torch.manual_seed(0)
lstm, head, cell = nn.LSTM(1, 16), nn.Linear(16, 1), nn.LSTMCell(1, 16)
cell.load_state_dict({k.removesuffix("_l0"): v
                      for k, v in lstm.state_dict().items()})
history, horizon = torch.randn(20, 3, 1), 5  # (seq_len, batch, 1)

def forecast(carry):
    output, (h, c) = lstm(history)           # read what was observed
    state, ys = (h[0], c[0]), [head(output[-1])]
    for _ in range(horizon - 1):             # feed each prediction back
        state = cell(ys[-1], state if carry else None)
        ys.append(head(state[0]))
    return torch.stack(ys)                   # (horizon, batch, 1)

with torch.no_grad():
    ys = forecast(carry=True)
    replay, _ = lstm(torch.cat([history, ys[:-1]]))  # one module call
    print("forecast:", ys.shape)
    print("carrying (h, c): loop == module run on its own predictions:",
          torch.allclose(ys, head(replay[-horizon:]), atol=1e-6))
    print("state=None each step: same forecast:",
          torch.allclose(forecast(carry=False), ys, atol=1e-6))
