import torch
from torch.nn.utils.rnn import pad_sequence

ints, floats = torch.tensor([1, 2]), torch.tensor([1.5, 2.5, 3.5])
print("float first:", pad_sequence([floats, ints]).dtype,
      pad_sequence([floats, ints])[:, 0].tolist())
print("int first:  ", pad_sequence([ints, floats]).dtype,
      pad_sequence([ints, floats])[:, 1].tolist())   # 1.5 -> 1, silently
print("cast first: ", pad_sequence([ints.float(), floats]).dtype)
