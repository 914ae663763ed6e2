import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=10, hidden_size=20, num_layers=2)
x = torch.randn(5, 10)                 # (seq_len, input_size): no batch
output, h_n = rnn(x)
print("output:", output.shape)
print("h_n:   ", h_n.shape)

# Same numbers as a batch of one
batched_output, batched_h_n = rnn(x.unsqueeze(1))
same = torch.allclose(output, batched_output[:, 0])
same = same and torch.allclose(h_n, batched_h_n[:, 0])
print("same as batch of one (output and h_n):", same)

# batch_first=True, same weights: a 2-D input is still (seq_len, input_size)
bf = nn.RNN(input_size=10, hidden_size=20, num_layers=2, batch_first=True)
bf.load_state_dict(rnn.state_dict())
bf_output, _ = bf(x)
print("batch_first=True, output:", bf_output.shape)
print("batch_first=True, same numbers:", torch.equal(bf_output, output))
