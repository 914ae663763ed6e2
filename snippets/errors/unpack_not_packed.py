import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

gru = nn.GRU(10, 20)
x = torch.randn(5, 3, 10)
packed = pack_padded_sequence(x, [5, 3, 2])
for not_packed in (gru(x)[0], gru(packed)):   # padded output; the tuple
    try:
        pad_packed_sequence(not_packed)
    except AttributeError as error:
        print(type(error).__name__ + ":", error)
