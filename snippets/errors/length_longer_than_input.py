import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

x = torch.randn(5, 3, 10)              # padded to 5 steps
packed = pack_padded_sequence(x, [6, 3, 2])   # 6 > 5: packing accepts it...
print("rows promised by batch_sizes:", int(packed.batch_sizes.sum()))
print("rows in data:                ", packed.data.size(0))
try:
    nn.GRU(10, 20)(packed)             # ...the recurrent layer does not
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
