import torch
from torch import nn

torch.manual_seed(0)
H = 20
gru = nn.GRU(input_size=10, hidden_size=H, bidirectional=True)
x = torch.randn(4, 2, 10)
output, h_n = gru(x)
alone, _ = gru(x[-1:])                 # the same module on the last step alone

# The backward direction starts at the last step: there it has read x[-1] only.
same = torch.allclose(output[-1, :, H:], alone[0, :, H:], atol=1e-6)
print("output[-1, :, H:] equals a run on x[-1:] alone:", same)
zeros = bool((output[-1, :, H:] == 0).all())
print("output[-1, :, H:] is h_0 (zeros):", zeros)
