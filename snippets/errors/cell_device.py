import torch
from torch import nn

# "meta" tensors have no data; here they stand in for a GPU
cell = nn.GRUCell(10, 20)
calls = [
    lambda: cell(torch.randn(3, 10), torch.zeros(3, 20, device="meta")),
    lambda: cell(torch.randn(3, 10, device="meta")),
]
for call in calls:
    try:
        call()
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
