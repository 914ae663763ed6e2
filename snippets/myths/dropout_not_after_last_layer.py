import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=4, hidden_size=8, num_layers=2, dropout=1.0).train()
x = torch.randn(5, 3, 4)
output, h_n = rnn(x)

# p=1 drops every output of layer 0, so layer 1 reads zeros...
top = nn.RNN(input_size=8, hidden_size=8)       # layer 1 on its own
weights = {k[:-1] + "0": v for k, v in rnn.state_dict().items()
           if k.endswith("l1")}
top.load_state_dict(weights)
expected, _ = top(torch.zeros(5, 3, 8))
print("train: layer 1 saw only zeros:", torch.allclose(output, expected))
# ...but nothing is dropped after the last layer, nor in h_n
print("train: zeros in output:       ", bool((output == 0).any()))
print("train: zeros in h_n:          ", bool((h_n == 0).any()))
output, _ = rnn.eval()(x)                      # no dropout in eval mode
print("eval:  layer 1 saw only zeros:", torch.allclose(output, expected))
