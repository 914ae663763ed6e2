import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

torch.manual_seed(0)
gru = nn.GRU(10, 20)
packed = pack_padded_sequence(torch.randn(5, 3, 10), [5, 3, 2])
packed_output, h_n = gru(packed)       # unpack the tuple first
output, lengths = pad_packed_sequence(packed_output)
print("output:", tuple(output.shape), "lengths:", lengths.tolist())
