import torch
from torch import nn

for layers, bidirectional, batch in ((3, False, 2), (1, True, 1),
                                    (1, True, 5)):
    rnn = nn.RNN(4, 6, num_layers=layers, bidirectional=bidirectional)
    _, h_n = rnn(torch.randn(7, batch, 4))   # (seq_len, batch, input_size)
    print(f"layers={layers} bidirectional={bidirectional!s:5} batch={batch}:",
          "h_n", tuple(h_n.shape))
