import torch
from torch import nn
from torch.nn.functional import cross_entropy
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence

torch.manual_seed(0)
gru, classify = nn.GRU(3, 4), nn.Linear(4, 5)          # 5 classes per token
lengths = [2, 4, 3]
x = pad_sequence([torch.randn(n, 3) for n in lengths])  # (max_len, batch, 3)
y = pad_sequence([torch.randint(5, (n,)) for n in lengths])  # (max_len, batch)

pack = dict(lengths=lengths, enforce_sorted=False)
out, _ = gru(pack_padded_sequence(x, **pack))
targets = pack_padded_sequence(y, **pack)              # labels packed alike
print("rows:", tuple(out.data.shape), tuple(targets.data.shape))
loss = cross_entropy(classify(out.data), targets.data)  # real steps only

# the same mean, one sequence at a time, without any padding
per_step = [cross_entropy(classify(gru(x[:n, i])[0]), y[:n, i],
                          reduction="sum") for i, n in enumerate(lengths)]
print("loss on .data == per-sequence mean:",
      torch.allclose(loss, sum(per_step) / sum(lengths), atol=1e-6))
