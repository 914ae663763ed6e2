from torch import nn

# dropout acts between stacked layers, so with one layer it has nothing to do
rnn = nn.RNN(input_size=4, hidden_size=8, num_layers=1, dropout=0.5)
print("dropout:", rnn.dropout)
