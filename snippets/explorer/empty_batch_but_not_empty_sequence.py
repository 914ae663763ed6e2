import torch
from torch import nn

for cls in (nn.RNN, nn.LSTM, nn.GRU):
    module = cls(10, 20)
    # (seq_len, batch, input_size): a batch of no sequences
    output, h_n = module(torch.randn((5, 0, 10)))
    h_n = h_n[0] if cls is nn.LSTM else h_n     # LSTM: (h_n, c_n)
    print(f"{cls.__name__:<4} batch of 0, output:", tuple(output.shape),
          " h_n:", tuple(h_n.shape))
    try:
        module(torch.randn((0, 3, 10)))         # sequences of length 0
    except RuntimeError as error:
        print(f"{cls.__name__:<4} length 0, {type(error).__name__}:", error)
