import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2, bidirectional=True)
x = torch.randn(5, 3, 10)

# h_0 and c_0 each hold num_layers * num_directions = 4 states, not 1
one, four = torch.zeros(1, 3, 20), torch.zeros(2 * 2, 3, 20)
for h_0, c_0 in ((one, one), (four, one)):
    try:
        lstm(x, (h_0, c_0))
    except RuntimeError as error:
        print(type(error).__name__ + ":", error)
print("h_n:", lstm(x, (four, four))[1][0].shape)
