from torch import nn

for module in (nn.RNN, nn.GRU, nn.LSTM):
    m = module(input_size=10, hidden_size=20, num_layers=2, bidirectional=True)
    print(f"{module.__name__:5}",
          "weight_ih_l0:", tuple(m.weight_ih_l0.shape),
          "weight_ih_l1:", tuple(m.weight_ih_l1.shape),
          "weight_hh_l0:", tuple(m.weight_hh_l0.shape))
