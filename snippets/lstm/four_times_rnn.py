from torch import nn


def count(module):
    return sum(p.numel() for p in module.parameters())


rnn = nn.RNN(input_size=10, hidden_size=20, num_layers=2)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2)
proj = nn.LSTM(input_size=10, hidden_size=20, num_layers=2, proj_size=6)

print("RNN:", count(rnn), " LSTM:", count(lstm),
      " ratio:", count(lstm) / count(rnn))
print("weight_ih_l0:", tuple(rnn.weight_ih_l0.shape), "->",
      tuple(lstm.weight_ih_l0.shape))
print("LSTM with proj_size=6:", count(proj),
      " ratio:", round(count(proj) / count(rnn), 4))
