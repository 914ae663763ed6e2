import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

torch.manual_seed(0)
x = torch.randn(5, 3, 10)
packed = pack_padded_sequence(x, [3, 5, 2], enforce_sorted=False)
gru = nn.GRU(10, 20)
for batch in (2, 4):                   # the batch is 3
    try:
        _, h_n = gru(packed, torch.zeros(1, batch, 20))
        print("h_0 of batch", batch, "accepted, h_n:", tuple(h_n.shape))
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
