import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence

a, b, c = (torch.tensor(v) for v in ([1, 2], [3, 4, 5, 6], [7, 8, 9]))
left = pad_sequence([a, b, c], batch_first=True, padding_side="left")
print("left padded:", left.tolist())

# packing keeps the first `length` steps of each row: padding on the right
packed = pack_padded_sequence(left, [2, 4, 3], batch_first=True,
                              enforce_sorted=False)
print("packed data:", packed.data.tolist())
data = packed.data.tolist()
print("tokens 2 and 9 packed:", 2 in data, 9 in data)
