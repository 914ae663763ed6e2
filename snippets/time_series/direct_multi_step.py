import torch
from torch import nn

torch.manual_seed(0)
batch, seq_len, horizon = 8, 30, 5
lstm = nn.LSTM(input_size=1, hidden_size=16, batch_first=True)
head = nn.Linear(16, horizon)                # all 5 future values at once

x = torch.randn(batch, seq_len, 1)
y = torch.randn(batch, horizon)              # the next 5 values per series
_, (h_n, _) = lstm(x)
forecast = head(h_n[-1])
loss = nn.functional.mse_loss(forecast, y)
print("h_n[-1]: ", h_n[-1].shape)
print("forecast:", forecast.shape)
print("loss:    ", loss.shape)
