import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence

a, b, c = torch.tensor([1, 2]), torch.tensor([3, 4, 5, 6]), torch.tensor([7, 8, 9])
padded = pad_sequence([a, b, c], batch_first=True)            # (batch, max_len)
print("padded:", padded.tolist())

packed = pack_padded_sequence(padded, lengths=[2, 4, 3], batch_first=True, enforce_sorted=False)
print("data:            ", packed.data.tolist())              # time step by time step, longest first
print("batch_sizes:     ", packed.batch_sizes.tolist())       # sequences still running at each step
print("sorted_indices:  ", packed.sorted_indices.tolist())    # batch order by decreasing length
print("unsorted_indices:", packed.unsorted_indices.tolist())  # puts the original order back
print("len(data) == sum of lengths:", len(packed.data) == 2 + 4 + 3)  # no padding inside
