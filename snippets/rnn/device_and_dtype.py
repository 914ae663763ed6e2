import torch
from torch import nn

# "meta": a device every machine has (shapes and dtypes, no data)
rnn = nn.RNN(input_size=4, hidden_size=8, dtype=torch.float64, device="meta")
print("weights:", rnn.weight_ih_l0.dtype, rnn.weight_ih_l0.device)

x = torch.randn(5, 3, 4, dtype=torch.float64, device="meta")
output, h_n = rnn(x)
print("output: ", output.dtype, output.device)
