import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=3,
               dropout=0.5).train()
x = torch.randn(5, 3, 10)

_, (h_a, _) = lstm(x)                  # two training-mode runs, two masks
_, (h_b, _) = lstm(x)
for k in range(3):
    print(f"layer {k}: h_n[{k}] equal in both runs:",
          torch.equal(h_a[k], h_b[k]))
