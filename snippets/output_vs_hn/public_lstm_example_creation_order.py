import torch
from torch import nn

torch.manual_seed(0)
x = torch.rand(50, 1, 1)                                      # input first,
model = nn.LSTM(input_size=1, hidden_size=50, num_layers=1)   # then the module
output, (h_n, c_n) = model(x)

# Same seed, other order: x and the weights take other numbers from the stream.
first = lambda t: " ".join(f"{v:.4f}" for v in t[0, :5].tolist())
print("output[-1][:5]:", first(output[-1]))
print("output[-1] equals h_n[-1]:", torch.equal(output[-1], h_n[-1]))
