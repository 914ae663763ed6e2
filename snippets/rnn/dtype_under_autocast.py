import torch
from torch import nn

torch.manual_seed(0)
rnn, gru = nn.RNN(4, 8), nn.GRU(4, 8)         # float32 parameters
x = torch.randn(5, 3, 4)
x16 = x.half()                                # float16 input

try:
    rnn(x16)
except ValueError as error:
    print("no autocast:", type(error).__name__)

with torch.autocast("cpu", dtype=torch.bfloat16):   # the check is skipped
    print("autocast, RNN, float16 in:", rnn(x16)[0].dtype)
    print("autocast, RNN, float32 in:", rnn(x)[0].dtype)
    print("autocast, GRU, float32 in:", gru(x)[0].dtype)
