import torch
from torch.nn.utils.rnn import pad_sequence

a, b, c = (torch.tensor(v) for v in ([1, 2], [3, 4, 5, 6], [7, 8, 9]))

time_first = pad_sequence([a, b, c])          # (max_len, batch)
print("default:         ", tuple(time_first.shape), time_first.tolist())
batch_first = pad_sequence([a, b, c], batch_first=True, padding_value=-1)
print("batch_first=True:", tuple(batch_first.shape), batch_first.tolist())

# sequences of feature vectors: (length, features) each
x = pad_sequence([torch.zeros(n, 5) for n in (2, 4, 3)], batch_first=True)
print("with 5 features: ", tuple(x.shape))
lengths = torch.tensor([len(a), len(b), len(c)])  # padding forgets them
print("lengths:", lengths.tolist(), lengths.dtype)
