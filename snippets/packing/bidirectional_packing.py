import torch
from torch import nn
from torch.nn.utils.rnn import (pack_padded_sequence, pad_packed_sequence,
                                pad_sequence)

torch.manual_seed(0)
lstm = nn.LSTM(3, 4, bidirectional=True, batch_first=True)
lengths = [2, 4, 3]
sequences = [torch.randn(n, 3) for n in lengths]
x = pad_sequence(sequences, batch_first=True)

packed = pack_padded_sequence(x, lengths, batch_first=True,
                              enforce_sorted=False)
packed_out, (h_n, _) = lstm(packed)
out_padded, (h_n_padded, _) = lstm(x)
# reference: each sequence run alone, without any padding: (2, batch, 4)
alone = torch.stack([lstm(s[None])[1][0][:, 0] for s in sequences], dim=1)

def matches(h, d):                                   # d: 0 fwd, 1 bwd
    return [torch.allclose(h[d, i], alone[d, i], atol=1e-6) for i in range(3)]

for name, h in (("packed:  ", h_n), ("unpacked:", h_n_padded)):
    print(name, "forward ", matches(h, 0), "backward", matches(h, 1))

# unpacked, a short sequence's backward direction starts on padding
out, _ = pad_packed_sequence(packed_out, batch_first=True)
def same(half):                      # every real step of sequences 0 and 2
    return [torch.allclose(out_padded[i, t, half], out[i, t, half], atol=1e-6)
            for i in (0, 2) for t in range(lengths[i])]

print("sequences 0, 2, real steps, unpacked output == packed: forward",
      same(slice(0, 4)), "backward", same(slice(4, 8)))
