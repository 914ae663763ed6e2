import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

x = torch.randn(5, 3, 10)
lengths = torch.tensor([4.9, 3.0, 2.0])   # float lengths: no error...
packed = pack_padded_sequence(x, lengths)
_, used = pad_packed_sequence(packed)
print("lengths given:", [round(v, 4) for v in lengths.tolist()])
print("lengths used: ", used.tolist())    # ...but 4.9 became 4
