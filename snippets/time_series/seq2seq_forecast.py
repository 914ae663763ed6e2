import torch
from torch import nn

torch.manual_seed(0)
batch, seq_len, horizon = 8, 30, 5
encoder = nn.LSTM(input_size=1, hidden_size=16, batch_first=True)
decoder = nn.LSTMCell(input_size=1, hidden_size=16)  # its own weights
head = nn.Linear(16, 1)

x = torch.randn(batch, seq_len, 1)
_, (h_n, c_n) = encoder(x)
state = (h_n[0], c_n[0])                     # (batch, 16) each: a Cell's state
y_t = x[:, -1]                               # first input: last observed value
forecast = []
for t in range(horizon):
    state = decoder(y_t, state)
    y_t = head(state[0])                     # (batch, 1), fed to the next step
    forecast.append(y_t)
forecast = torch.cat(forecast, dim=1)
print("encoder h_n:   ", h_n.shape)
print("decoder state: ", state[0].shape)
print("forecast:      ", forecast.shape)
