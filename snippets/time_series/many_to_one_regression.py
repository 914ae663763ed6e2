import torch
from torch import nn

torch.manual_seed(0)
batch, seq_len, n_features = 8, 30, 1        # one value per time step
lstm = nn.LSTM(input_size=n_features, hidden_size=16, batch_first=True)
head = nn.Linear(16, 1)

x = torch.randn(batch, seq_len, n_features)  # 8 series of 30 values
y = torch.randn(batch, 1)                    # one target value per series
output, (h_n, c_n) = lstm(x)
prediction = head(h_n[-1])                   # top layer's final state
loss = nn.functional.mse_loss(prediction, y)
print("x:         ", x.shape)
print("output:    ", output.shape)
print("h_n:       ", h_n.shape)
print("prediction:", prediction.shape)
print("loss:      ", loss.shape)
