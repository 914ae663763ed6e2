import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(4, 8)
state = None
try:
    for k, chunk in enumerate(torch.randn(20, 2, 4).split(10)):
        # state still hangs on the previous chunk's graph
        output, state = lstm(chunk, state)
        output.sum().backward()                 # frees this chunk's graph
        print(f"chunk {k}: backward done")
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
