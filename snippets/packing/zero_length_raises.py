import torch
from torch.nn.utils.rnn import pack_padded_sequence

x = torch.zeros(3, 4, 2)                      # (batch, max_len, features)
try:
    pack_padded_sequence(x, [4, 2, 0], batch_first=True)
except RuntimeError as error:
    print("RuntimeError:", error)
