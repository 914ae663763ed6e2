import torch
from torch.nn.utils.rnn import pack_sequence, unpack_sequence

a, b, c = (torch.tensor(v) for v in ([1, 2], [3, 4, 5, 6], [7, 8, 9]))
packed = pack_sequence([a, b, c], enforce_sorted=False)
pieces = unpack_sequence(packed)                     # list in, list out
print("unpacked:", [p.tolist() for p in pieces])
print("same as the input list:",
      all(torch.equal(p, s) for p, s in zip(pieces, (a, b, c))))
