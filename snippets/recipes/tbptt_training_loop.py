import torch
from torch import nn

torch.manual_seed(0)
lstm, head = nn.LSTM(4, 8), nn.Linear(8, 1)
optimizer = torch.optim.SGD([*lstm.parameters(), *head.parameters()], lr=0.1)
# one long sequence, batch of 2
x, y = torch.randn(30, 2, 4), torch.randn(30, 2, 1)
# zeros for the first chunk
state = None
# chunks of 10 time steps
for k, (x_k, y_k) in enumerate(zip(x.split(10), y.split(10))):
    # starts from the previous chunk's final state
    output, state = lstm(x_k, state)
    loss = nn.functional.mse_loss(head(output), y_k)
    optimizer.zero_grad()
    # backpropagates through this chunk only
    loss.backward()
    optimizer.step()
    # keep the values, drop the graph
    state = tuple(s.detach() for s in state)
    h = state[0]
    print(f"chunk {k}: x {tuple(x_k.shape)} -> output {tuple(output.shape)};",
          f"carried h {tuple(h.shape)} requires_grad={h.requires_grad}",
          f"grad_fn={h.grad_fn}")
