import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

torch.manual_seed(0)
packed = pack_padded_sequence(torch.randn(5, 3, 10), [5, 5, 5])  # batch 3
h_0 = torch.zeros(1, 4, 20)            # batch 4: wrong
for name, module in (("RNN: ", nn.RNN), ("GRU: ", nn.GRU)):
    try:
        module(10, 20)(packed, h_0)
    except RuntimeError as error:
        print(name, type(error).__name__ + ":", error)
_, (h_n, c_n) = nn.LSTM(10, 20)(packed, (h_0, h_0))
print("LSTM: no error, h_n:", tuple(h_n.shape))
