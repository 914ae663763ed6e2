import torch
from torch import nn
from torch.nn.utils.rnn import (pack_padded_sequence, pad_packed_sequence,
                                pad_sequence)

torch.manual_seed(0)
gru = nn.GRU(input_size=3, hidden_size=4, batch_first=True)
lengths = [2, 4, 3]
x = pad_sequence([torch.randn(n, 3) for n in lengths], batch_first=True)

packed_out, h_n = gru(pack_padded_sequence(x, lengths, batch_first=True,
                                           enforce_sorted=False))
out, _ = pad_packed_sequence(packed_out, batch_first=True)
last_valid = torch.stack([out[i, n - 1] for i, n in enumerate(lengths)])

def matches(h):                         # h_n == output at index length-1?
    return [torch.allclose(h[0, i], last_valid[i], atol=1e-6)
            for i in range(3)]

print("packed:   h_n == output at length-1:", matches(h_n))
out_padded, h_n_padded = gru(x)         # the same batch, not packed
print("unpacked: h_n == output at length-1:", matches(h_n_padded))
print("unpacked: output at valid steps == packed:",
      all(torch.allclose(out_padded[i, :n], out[i, :n], atol=1e-6)
          for i, n in enumerate(lengths)))

def r(v):
    return [round(x, 4) for x in v.tolist()]

print("sequence 0 (length 2), output at step 1:", r(last_valid[0]))
print("sequence 0, packed h_n:                 ", r(h_n[0, 0]))
print("sequence 0, unpacked h_n:               ", r(h_n_padded[0, 0]))
