import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20)
x = torch.randn(5, 3, 10)              # (seq_len, batch, input_size)
output, _ = lstm(x)
print("(seq, batch, feature):", tuple(output.shape))

lstm_bf = nn.LSTM(input_size=10, hidden_size=20, batch_first=True)
lstm_bf.load_state_dict(lstm.state_dict())          # same weights
output_bf, _ = lstm_bf(x.transpose(0, 1))     # (batch, seq_len, input_size)
print("(batch, seq, feature):", tuple(output_bf.shape),
      torch.allclose(output_bf.transpose(0, 1), output, atol=1e-6))

output_one, _ = lstm(x[:, 0])                 # one sequence, no batch dim
print("(seq, feature):       ", tuple(output_one.shape),
      torch.allclose(output_one, output[:, 0], atol=1e-6))
