import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

torch.manual_seed(0)
x = torch.randn(3, 4, 2)                      # (batch, max_len, features)
packed = pack_padded_sequence(x, [2, 4, 3], batch_first=True,
                              enforce_sorted=False)

time_first = nn.GRU(2, 5)                     # batch_first=False
batch_first = nn.GRU(2, 5, batch_first=True)
batch_first.load_state_dict(time_first.state_dict())

out_a, h_a = time_first(packed)
out_b, h_b = batch_first(packed)
print("output is a PackedSequence:", type(out_a).__name__)
print("same output and h_n:",
      torch.equal(out_a.data, out_b.data) and torch.equal(h_a, h_b))
print("h_n:", tuple(h_a.shape))               # (layers, batch, hidden)
