import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=3, batch_first=True)
x = torch.randn(2, 4, 10)              # (batch, seq_len, input_size)
output, (h_n, c_n) = lstm(x)

print("output[-1]:", output[-1].shape)             # (seq_len, hidden_size)
alone, _ = lstm(x[-1:])                            # the last sequence alone
same = torch.allclose(output[-1], alone[0], atol=1e-6)
print("output[-1] is the last sequence, every step:", same)
