import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence

a, b, c = (torch.tensor(v) for v in ([1, 2], [3, 4, 5, 6], [7, 8, 9]))
padded = pad_sequence([a, b, c], batch_first=True)   # (batch, max_len)
print("padded:", padded.tolist())

packed = pack_padded_sequence(padded, lengths=[2, 4, 3], batch_first=True,
                              enforce_sorted=False)
print("data:            ", packed.data.tolist())
print("batch_sizes:     ", packed.batch_sizes.tolist())
print("sorted_indices:  ", packed.sorted_indices.tolist())
print("unsorted_indices:", packed.unsorted_indices.tolist())
# the picture: data cut into one slice per time step, batch_sizes[t] long
start = 0
for t, size in enumerate(packed.batch_sizes.tolist()):
    part = packed.data[start:start + size].tolist()
    rows = packed.sorted_indices[:size].tolist()
    print(f"step {t}: data[{start}:{start + size}] = {part}",
          f"from sequences {rows}")
    start += size
print("len(data) == sum of lengths:", len(packed.data) == 2 + 4 + 3)
