import torch
from torch import nn

torch.manual_seed(0)
model = nn.LSTM(input_size=1, hidden_size=50, num_layers=1)   # module first,
x = torch.rand(50, 1, 1)                                      # then the input
output, (h_n, c_n) = model(x)

first = lambda t: " ".join(f"{v:.4f}" for v in t[0, :5].tolist())
print("output[-1][:5]:", first(output[-1]))
print("h_n[-1][:5]:   ", first(h_n[-1]))
print("output[-1] equals h_n[-1]:", torch.equal(output[-1], h_n[-1]))
