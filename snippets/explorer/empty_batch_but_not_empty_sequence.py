import torch
from torch import nn

gru = nn.GRU(10, 20)
# (seq_len, batch, input_size): a batch of no sequences
output, h_n = gru(torch.randn((5, 0, 10)))
print("batch of 0, output:", tuple(output.shape))
print("batch of 0, h_n:", tuple(h_n.shape))

try:
    gru(torch.randn((0, 3, 10)))  # sequences of length 0
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
