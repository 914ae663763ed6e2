import torch
from torch.nn.utils.rnn import pack_padded_sequence

x = torch.zeros(3, 4, 2)                      # (batch, max_len, features)

# enforce_sorted=True by default: no permutation is stored
ok = pack_padded_sequence(x, [4, 3, 2], batch_first=True)
print("decreasing lengths, sorted_indices:", ok.sorted_indices,
      "unsorted_indices:", ok.unsorted_indices)

try:
    pack_padded_sequence(x, [2, 4, 3], batch_first=True)
except RuntimeError as error:
    print("RuntimeError:", error)
