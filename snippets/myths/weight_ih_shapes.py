from torch import nn

for module in (nn.RNN, nn.GRU, nn.LSTM):
    for bidirectional in (False, True):
        m = module(input_size=10, hidden_size=20, num_layers=2,
                   bidirectional=bidirectional)
        print(f"{module.__name__:4} bidirectional={bidirectional!s:5}",
              "ih_l0:", tuple(m.weight_ih_l0.shape),
              "ih_l1:", tuple(m.weight_ih_l1.shape),
              "hh_l0:", tuple(m.weight_hh_l0.shape))
