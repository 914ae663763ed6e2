from torch import nn

rnn = nn.RNN(input_size=4, hidden_size=8, num_layers=2, bidirectional=True)
names = {id(p): name for name, p in rnn.named_parameters()}

# One list per layer and direction, the Parameter objects themselves
for group in rnn.all_weights:
    print([names[id(p)] for p in group])
