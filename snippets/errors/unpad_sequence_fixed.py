import torch
from torch.nn.utils.rnn import pad_sequence, unpad_sequence

torch.manual_seed(0)
sequences = [torch.randn(5, 10), torch.randn(3, 10), torch.randn(2, 10)]
padded = pad_sequence(sequences, batch_first=True)     # (3, 5, 10)
lengths = torch.tensor([len(s) for s in sequences])    # a tensor
back = unpad_sequence(padded, lengths, batch_first=True)  # same layout
print("shapes:", [tuple(s.shape) for s in back])
print("equal: ", all(torch.equal(a, b) for a, b in zip(back, sequences)))
