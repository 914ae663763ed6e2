import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(4, 2, 10)              # (seq_len, batch, input_size)
for cls in (nn.RNN, nn.GRU, nn.LSTM):
    module = cls(input_size=10, hidden_size=20, num_layers=3)
    output, h_n = module(x)
    if cls is nn.LSTM:
        h_n, c_n = h_n                 # an LSTM returns (h_n, c_n)
    print(f"{cls.__name__:<4} output:", tuple(output.shape),  # every step
          " h_n:", tuple(h_n.shape),                          # every layer
          " output[-1] equals h_n[-1]:", torch.equal(output[-1], h_n[-1]))
print("LSTM c_n:", tuple(c_n.shape))   # cell states, every layer
