import torch
from torch import nn
from torch.nn.functional import cross_entropy
from torch.nn.utils.rnn import (pack_padded_sequence, pad_packed_sequence,
                                pad_sequence)

torch.manual_seed(0)
gru, classify = nn.GRU(3, 4, batch_first=True), nn.Linear(4, 5)  # 5 classes
lengths = torch.tensor([2, 4, 3])
x = pad_sequence([torch.randn(n, 3) for n in lengths], batch_first=True)
targets = pad_sequence([torch.randint(5, (n,)) for n in lengths],
                       batch_first=True)           # padded with class 0

packed_out, _ = gru(pack_padded_sequence(x, lengths, batch_first=True,
                                         enforce_sorted=False))
out, _ = pad_packed_sequence(packed_out, batch_first=True)  # zeros at padding
logits = classify(out).transpose(1, 2)             # (batch, classes, max_len)
loss = cross_entropy(logits, targets, reduction="none")  # (batch, max_len)

mask = torch.arange(out.size(1)) < lengths.unsqueeze(1)  # True on real steps
print("mask:", mask.int().tolist())
masked_mean = (loss * mask).sum() / mask.sum()
print("masked mean:  ", round(masked_mean.item(), 4))
print("unmasked mean:", round(loss.mean().item(), 4))  # padding as tokens
ignored = cross_entropy(logits, targets.masked_fill(~mask, -100))
print("masked mean == ignore_index=-100:",
      torch.allclose(masked_mean, ignored, atol=1e-6))
