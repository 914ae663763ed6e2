import torch
from torch import nn

# "meta" tensors have no data; here they stand in for a GPU
x = torch.randn(5, 3, 10)
calls = [
    lambda: nn.LSTM(10, 20)(x.to("meta")),           # input moved, model not
    lambda: nn.GRU(10, 20, device="meta")(x),        # model moved, input not
    lambda: nn.GRU(10, 20)(x, torch.zeros(1, 3, 20, device="meta")),
]
for call in calls:
    try:
        call()
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
