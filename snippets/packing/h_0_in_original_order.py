import torch
from torch import nn
from torch.nn.utils.rnn import pack_sequence

torch.manual_seed(0)
gru = nn.GRU(input_size=2, hidden_size=3)
sequences = [torch.randn(n, 2) for n in (2, 4, 3)]   # not sorted by length
h_0 = torch.randn(1, 3, 3)              # one row per sequence, in this order

_, h_n = gru(pack_sequence(sequences, enforce_sorted=False), h_0)
for i, s in enumerate(sequences):       # each alone, with its row of h_0
    _, h_alone = gru(s.unsqueeze(1), h_0[:, i:i + 1])
    print(f"sequence {i}: h_n[:, {i}] matches:",
          torch.allclose(h_n[:, i], h_alone[:, 0], atol=1e-6))
