import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

torch.manual_seed(0)
x, lengths = torch.randn(5, 3, 10), torch.tensor([5, 3, 0])
keep = lengths > 0                     # pack only the non-empty sequences
packed = pack_padded_sequence(x[:, keep], lengths[keep])
_, h_n = nn.GRU(10, 20)(packed)
h_all = torch.zeros(1, 3, 20)          # empty ones keep a zero state
h_all[:, keep] = h_n
print("packed:", packed.batch_sizes.tolist(), "h_all:", tuple(h_all.shape))
