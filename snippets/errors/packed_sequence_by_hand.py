import torch
from torch import nn
from torch.nn.utils.rnn import PackedSequence

calls = [
    lambda: PackedSequence(torch.randn(6, 10),
                           torch.tensor([3, 3], device="meta")),
    lambda: PackedSequence(torch.randn(6, 10)),       # no batch_sizes
    lambda: nn.GRU(10, 20)(PackedSequence(torch.randn(6, 1, 10),
                                          torch.tensor([3, 3]))),
]
for call in calls:
    try:
        call()
    except (ValueError, AssertionError, RuntimeError) as error:
        print(type(error).__name__ + ":", error)
