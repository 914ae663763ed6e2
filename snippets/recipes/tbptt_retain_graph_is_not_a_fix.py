import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(4, 8)
optimizer = torch.optim.SGD(lstm.parameters(), lr=0.1)
x = torch.randn(30, 2, 4, requires_grad=True)   # three chunks of 10 steps

for step in (False, True):
    state = None
    try:
        for k, chunk in enumerate(x.split(10)):
            x.grad = None
            output, state = lstm(chunk, state)  # state not detached
            optimizer.zero_grad()
            output.sum().backward(retain_graph=True)
            if step:
                optimizer.step()                # updates the weights in place
        reached = bool(x.grad[:10].abs().sum() > 0)
        print(f"step={step}: chunk 2's backward reaches chunk 0:", reached)
    except RuntimeError as error:
        print(f"step={step}, chunk {k}:", type(error).__name__ + ":", error)
