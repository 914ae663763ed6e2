import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

torch.manual_seed(0)
gru = nn.GRU(input_size=10, hidden_size=20)
x = torch.randn(4, 2, 10)              # two sequences padded to 4 steps
lengths = torch.tensor([4, 2])         # the second one is really 2 steps long
packed_output, h_n = gru(pack_padded_sequence(x, lengths))
output, _ = pad_packed_sequence(packed_output)

print("output[-1] equals h_n[-1]:", torch.equal(output[-1], h_n[-1]))
after = output[lengths[1]:, 1]         # sequence 1 after its last step
print("sequence 1 after step 1 is zeros:", bool((after == 0).all()))
last_real = output[lengths - 1, torch.arange(2)]   # each one's last real step
print("last real steps equal h_n[-1]:", torch.equal(last_real, h_n[-1]))

_, h_n_unpacked = gru(x)               # unpacked: padding is read as data
same = torch.allclose(h_n_unpacked[-1, 1], h_n[-1, 1], atol=1e-6)
print("unpacked, sequence 1's h_n is the same:", same)
