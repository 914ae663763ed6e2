import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=3, batch_first=True)
x = torch.randn(2, 4, 10)              # (batch, seq_len, input_size)
output, (h_n, c_n) = lstm(x)

print("output:", output.shape)         # (batch, seq_len, hidden_size)
print("output[:, -1] equals h_n[-1]:", torch.equal(output[:, -1], h_n[-1]))
print("output[-1]:", output[-1].shape)   # the last sequence, all 4 steps
