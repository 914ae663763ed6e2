import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

torch.manual_seed(0)
lstm = nn.LSTM(input_size=3, hidden_size=4, bidirectional=True, batch_first=True)
lengths = [2, 4, 3]
sequences = [torch.randn(n, 3) for n in lengths]
x = pad_sequence(sequences, batch_first=True)

packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
packed_out, (h_n, _) = lstm(packed)
out_padded, (h_n_padded, _) = lstm(x)
# reference: each sequence run alone, without any padding
alone = torch.stack([lstm(s.unsqueeze(0))[1][0][:, 0] for s in sequences], dim=1)   # (2, batch, 4)

def matches(h, direction):                                   # 0 forward, 1 backward
    return [torch.allclose(h[direction, i], alone[direction, i], atol=1e-6) for i in range(3)]

for name, h in (("packed:  ", h_n), ("unpacked:", h_n_padded)):
    print(name, "forward ", matches(h, 0), "backward", matches(h, 1))

# unpacked, the backward direction of a short sequence starts on padding: every step is off
out, _ = pad_packed_sequence(packed_out, batch_first=True)
forward_same = torch.allclose(out_padded[0, :2, :4], out[0, :2, :4], atol=1e-6)
backward_same = torch.allclose(out_padded[0, :2, 4:], out[0, :2, 4:], atol=1e-6)
print("sequence 0, unpacked output == packed: forward", forward_same, "backward", backward_same)
