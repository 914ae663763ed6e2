import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(4, 8, batch_first=True)
streams = torch.randn(3, 30, 4)              # 3 long streams, 30 steps each
full, _ = lstm(streams)                      # each stream in one call


def chunked(order):
    """Chunks of 10 steps; chunk k puts its rows in the order order(k)."""
    state, outputs = None, []
    for k, chunk in enumerate(streams.split(10, dim=1)):
        rows = order(k)
        output, state = lstm(chunk[rows], state)
        state = tuple(s.detach() for s in state)
        outputs.append(output[torch.argsort(rows)])  # back to stream order
    return torch.allclose(torch.cat(outputs, dim=1), full, atol=1e-6)


print("row i is stream i in every chunk:", chunked(lambda k: torch.arange(3)))
print("rows reordered between chunks:   ",
      chunked(lambda k: torch.arange(3).roll(k)))
