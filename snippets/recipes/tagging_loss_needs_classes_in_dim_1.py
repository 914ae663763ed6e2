import torch
from torch.nn import functional as F

torch.manual_seed(0)
# (batch, seq_len, n_tags) straight from the tagger
logits = torch.randn(3, 7, 5)
tags = torch.randint(0, 5, (3, 7))            # (batch, seq_len)
try:
    # reads dimension 1 (seq_len = 7) as the classes
    F.cross_entropy(logits, tags)
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
print("transposed:", F.cross_entropy(logits.transpose(1, 2), tags).shape)

# When seq_len happens to equal n_tags there is no error, just a different
# number.
square, tags = torch.randn(3, 5, 5), torch.randint(0, 5, (3, 5))
wrong = F.cross_entropy(square, tags)
right = F.cross_entropy(square.transpose(1, 2), tags)
print("seq_len == n_tags, untransposed loss is right:",
      torch.allclose(wrong, right))
