import torch
from torch.nn.utils.rnn import pad_sequence, unpad_sequence

a, b, c = (torch.tensor(v) for v in ([1, 2], [3, 4, 5, 6], [7, 8, 9]))
lengths = torch.tensor([2, 4, 3])

padded = pad_sequence([a, b, c])                     # (max_len, batch)
print("before:", tuple(padded.shape))
pieces = unpad_sequence(padded, lengths)             # batch_first=False
print("pieces:", [p.tolist() for p in pieces])
print("after: ", tuple(padded.shape), "<- transposed in place")

padded = pad_sequence([a, b, c])
pieces = unpad_sequence(padded.clone(), lengths)     # leaves padded alone
print("with a clone:", tuple(padded.shape))

batch = pad_sequence([a, b, c], batch_first=True)    # (batch, max_len)
pieces = unpad_sequence(batch, lengths, batch_first=True)
print("batch_first=True:", tuple(batch.shape), "<- left alone")
