import torch
from torch import nn

torch.manual_seed(0)
H = 4
lstm = nn.LSTM(input_size=3, hidden_size=H, bidirectional=True)
x = torch.randn(5, 2, 3)               # (seq_len, batch, input_size)
output, (h_n, c_n) = lstm(x)
print("output:", output.shape)         # last dim: forward H, then backward H
print("h_n:   ", h_n.shape)            # h_n[0] forward, h_n[1] backward

forward, backward = output[..., :H], output[..., H:]
print("h_n[0] == forward half of output[-1]: ", torch.equal(h_n[0], forward[-1]))
print("h_n[1] == backward half of output[0]: ", torch.equal(h_n[1], backward[0]))
print("h_n[1] == backward half of output[-1]:", torch.equal(h_n[1], backward[-1]))
