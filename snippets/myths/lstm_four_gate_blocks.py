from torch import nn

def count(module):
    return sum(p.numel() for p in module.parameters())

rnn, gru, lstm = nn.RNN(10, 20), nn.GRU(10, 20), nn.LSTM(10, 20)
print("RNN: ", count(rnn))
print("GRU: ", count(gru), "=", count(gru) / count(rnn), "x RNN")
print("LSTM:", count(lstm), "=", count(lstm) / count(rnn), "x RNN")

# weight_ih_l0 stacks four blocks: three gates and the cell candidate
i, f, g, o = lstm.weight_ih_l0.chunk(4)     # order: see the next myth
print("weight_ih_l0:", tuple(lstm.weight_ih_l0.shape),
      "= 4 blocks of", tuple(i.shape))
print("LSTM == 4 * hidden * (input + hidden + 2):",
      count(lstm) == 4 * 20 * (10 + 20 + 2))
print("LSTM == 4 * hidden:", count(lstm) == 4 * 20)
