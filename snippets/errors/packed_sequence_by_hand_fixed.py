import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

torch.manual_seed(0)
x = torch.randn(2, 3, 10)              # 2 steps, batch of 3, all full
packed = pack_padded_sequence(x, [2, 2, 2])   # let torch build it
print("data:", tuple(packed.data.shape), "batch_sizes:",
      packed.batch_sizes.tolist(), packed.batch_sizes.device)
_, h_n = nn.GRU(10, 20)(packed)
print("h_n:", tuple(h_n.shape))
