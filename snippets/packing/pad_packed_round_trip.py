import torch
from torch.nn.utils.rnn import (pack_padded_sequence, pad_packed_sequence,
                                pad_sequence)

a, b, c = (torch.tensor(v) for v in ([1, 2], [3, 4, 5, 6], [7, 8, 9]))
batch = pad_sequence([a, b, c], batch_first=True)    # (batch, max_len)
packed = pack_padded_sequence(batch, [2, 4, 3], batch_first=True,
                              enforce_sorted=False)

padded, lengths = pad_packed_sequence(packed, batch_first=True)
print("padded: ", padded.tolist())            # original batch order again
print("lengths:", lengths.tolist())
print("without batch_first:", tuple(pad_packed_sequence(packed)[0].shape))

padded, _ = pad_packed_sequence(packed, batch_first=True, total_length=6,
                                padding_value=-1)
print("total_length=6:", tuple(padded.shape), padded[0].tolist())

try:
    pad_packed_sequence(packed, total_length=3)
except ValueError as error:
    print("ValueError:", error)
