import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H = 7, 3, 10, 20          # seq length, batch, input_size, hidden_size
x = torch.randn(L, N, H_in)

rnn, lstm, gru = nn.RNN(H_in, H, num_layers=2), nn.LSTM(H_in, H, num_layers=2), nn.GRU(H_in, H, num_layers=2)
output, h_n = rnn(x)
print("RNN   output:", tuple(output.shape), " h_n:", tuple(h_n.shape))
output, (h_n, c_n) = lstm(x)
print("LSTM  output:", tuple(output.shape), " h_n:", tuple(h_n.shape), " c_n:", tuple(c_n.shape))
output, h_n = gru(x)
print("GRU   output:", tuple(output.shape), " h_n:", tuple(h_n.shape))

bi = nn.LSTM(H_in, H, num_layers=2, bidirectional=True, batch_first=True)
output, (h_n, c_n) = bi(x.transpose(0, 1))     # batch_first: (N, L, H_in)
print("bi-LSTM, batch_first output:", tuple(output.shape), " h_n:", tuple(h_n.shape))
