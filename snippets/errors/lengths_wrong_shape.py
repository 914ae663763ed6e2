import torch
from torch.nn.utils.rnn import pack_padded_sequence

x = torch.randn(5, 3, 10)
for lengths in (
    torch.tensor([[5, 3, 2]]),                 # 2-D: shape (1, 3)
    torch.tensor([5, 3, 2], device="meta"),    # not on the CPU
):
    try:
        pack_padded_sequence(x, lengths)
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
