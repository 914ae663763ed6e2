import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
data = TensorDataset(torch.randn(132, 5, 10))
lstm = nn.LSTM(10, 256, num_layers=2, batch_first=True)


def init_hidden(x):                    # fix 1: size the state from the batch
    batch = x.size(0)                  # batch_first=True: batch is dim 0
    h_0 = torch.zeros(2, batch, 256, dtype=x.dtype, device=x.device)
    return (h_0, torch.zeros_like(h_0))


for (x,) in DataLoader(data, batch_size=64):
    output, (h_n, c_n) = lstm(x, init_hidden(x))
    print("batch of", x.size(0), "-> h_n", tuple(h_n.shape))
