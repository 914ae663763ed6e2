import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=4, hidden_size=8, num_layers=2)
x = torch.randn(5, 3, 4)
before = [p.data_ptr() for p in rnn.parameters()]
output_before, _ = rnn(x)

print("returns:", rnn.flatten_parameters())
after = [p.data_ptr() for p in rnn.parameters()]
print("storage unchanged:", before == after)
print("output unchanged: ", torch.equal(rnn(x)[0], output_before))
print("one shared buffer:", len({p.untyped_storage().data_ptr()
                                 for p in rnn.parameters()}) == 1)
