import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

torch.manual_seed(0)
lstm = nn.LSTM(input_size=4, hidden_size=6)
x = torch.randn(5, 2, 4)               # two sequences padded to 5 steps
lengths = [5, 2]                       # the second one has only 2 real steps
packed_output, (h_n, c_n) = lstm(pack_padded_sequence(x, lengths))
output, _ = pad_packed_sequence(packed_output)

print("sequence 1: output[-1] all zeros:", bool((output[-1, 1] == 0).all()))
print("sequence 1: h_n == output[1]:    ", torch.allclose(h_n[0, 1], output[1, 1]))
print("sequence 0: h_n == output[-1]:   ", torch.allclose(h_n[0, 0], output[-1, 0]))
