import torch
from torch import nn

lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2, batch_first=True)
x = torch.randn(3, 5, 10)              # (batch, seq_len, input_size)
output, (h_n, c_n) = lstm(x)
print("output:", output.shape)         # batch first
print("h_n:   ", h_n.shape)            # still (num_layers, batch, hidden_size)
print("c_n:   ", c_n.shape)

# a batch-first h_0, c_0: (batch, num_layers, hidden_size)
for batch in (3, 2):                   # num_layers * num_directions = 2
    h_0 = torch.zeros(batch, 2, 20)
    try:
        lstm(torch.randn(batch, 5, 10), (h_0, h_0))
        print(f"batch={batch}: batch-first h_0 accepted, no error")
    except RuntimeError as error:
        print(f"batch={batch}: RuntimeError:", error)
