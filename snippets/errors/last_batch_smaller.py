import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
data = TensorDataset(torch.randn(132, 5, 10))    # 132 = 2 * 64 + 4
lstm = nn.LSTM(10, 256, num_layers=2, batch_first=True)


def init_hidden(batch_size=64):        # sized once, for a full batch
    return (torch.zeros(2, batch_size, 256), torch.zeros(2, batch_size, 256))


try:
    for (x,) in DataLoader(data, batch_size=64):
        output, hidden = lstm(x, init_hidden())
        print("batch of", x.size(0), "ok")
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
