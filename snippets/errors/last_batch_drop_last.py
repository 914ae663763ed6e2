import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
data = TensorDataset(torch.randn(132, 5, 10))
lstm = nn.LSTM(10, 256, num_layers=2, batch_first=True)
hidden = (torch.zeros(2, 64, 256), torch.zeros(2, 64, 256))

# fix 3: drop the incomplete last batch (its 4 samples are not used)
for (x,) in DataLoader(data, batch_size=64, drop_last=True):
    output, (h_n, c_n) = lstm(x, hidden)
    print("batch of", x.size(0), "-> h_n", tuple(h_n.shape))
