import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
data = TensorDataset(torch.randn(132, 5, 10))
lstm = nn.LSTM(10, 256, num_layers=2, batch_first=True)

for (x,) in DataLoader(data, batch_size=64):
    output, (h_n, c_n) = lstm(x)       # fix 2: no state, zeros of any batch
    print("batch of", x.size(0), "-> h_n", tuple(h_n.shape))
