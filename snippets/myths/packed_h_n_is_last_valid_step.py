import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

torch.manual_seed(0)
lstm = nn.LSTM(input_size=4, hidden_size=6)
x = torch.randn(5, 2, 4)               # two sequences padded to 5 steps
x[2:, 1] = 0                           # the second one has only 2 real steps
lengths = [5, 2]

padded_out, _ = lstm(x)                # not packed: runs over the padding
print("not packed, sequence 1: output[-1] == output[1]:",
      torch.allclose(padded_out[-1, 1], padded_out[1, 1]))

packed_out, (h_n, c_n) = lstm(pack_padded_sequence(x, lengths))
out, _ = pad_packed_sequence(packed_out)
print("packed,     sequence 1: output[-1] all zeros:   ",
      bool((out[-1, 1] == 0).all()))
print("packed,     sequence 1: h_n == output[1]:       ",
      torch.allclose(h_n[0, 1], out[1, 1]))
print("packed,     sequence 0: h_n == output[-1]:      ",
      torch.allclose(h_n[0, 0], out[-1, 0]))
print("real steps, packed == not packed:               ",
      torch.allclose(out[:2, 1], padded_out[:2, 1], atol=1e-6))
