import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=4, hidden_size=8, num_layers=2, dropout=1.0).train()
output, h_n = rnn(torch.randn(5, 3, 4))

# p=1 drops every output of layer 0, so layer 1 reads zeros...
top = nn.RNN(input_size=8, hidden_size=8)       # layer 1 on its own
weights = {k[:-1] + "0": v for k, v in rnn.state_dict().items() if k.endswith("l1")}
top.load_state_dict(weights)
expected, _ = top(torch.zeros(5, 3, 8))
print("layer 1 saw only zeros:     ", torch.allclose(output, expected, atol=1e-6))
# ...but nothing is dropped after the last layer, nor in h_n
print("zeros in output (top layer):", bool((output == 0).any()))
print("zeros in h_n:               ", bool((h_n == 0).any()))
