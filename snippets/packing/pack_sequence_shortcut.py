import torch
from torch.nn.utils.rnn import (pack_padded_sequence, pack_sequence,
                                pad_sequence)

a, b, c = (torch.tensor(v) for v in ([1, 2], [3, 4, 5, 6], [7, 8, 9]))

# pack_sequence = pad_sequence + pack_padded_sequence, lengths measured
short = pack_sequence([a, b, c], enforce_sorted=False)
long = pack_padded_sequence(pad_sequence([a, b, c]), [2, 4, 3],
                            enforce_sorted=False)
for field in ("data", "batch_sizes", "sorted_indices", "unsorted_indices"):
    same = torch.equal(getattr(short, field), getattr(long, field))
    print(f"{field:<16} equal:", same)
