import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=10, hidden_size=20, num_layers=2)
output, h_n = rnn(torch.randn(5, 3, 10))

# Does layer 0's final state appear anywhere in output?
found = any(torch.allclose(h_n[0], output[t]) for t in range(output.size(0)))
print("layer 0 final state found in output:", found)
print("layer 1 final state == output[-1]:  ",
      torch.allclose(h_n[1], output[-1]))
