import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 3, 10)
for bi in (False, True):
    D = 2 if bi else 1                 # num_directions
    stacked = nn.LSTM(10, 20, num_layers=2, dropout=0.5,
                      bidirectional=bi).eval()
    # The same stack by hand: two one-layer LSTMs with nn.Dropout between
    layers = [nn.LSTM(10, 20, bidirectional=bi),
              nn.LSTM(D * 20, 20, bidirectional=bi)]
    for k, layer in enumerate(layers):  # weight_hh_l1_reverse -> ..._l0_...
        layer.load_state_dict({n.replace(f"_l{k}", "_l0"): p for n, p
                               in stacked.named_parameters() if f"_l{k}" in n})
    out0, (h0, c0) = layers[0](x)      # (5, 3, D * 20): what layer 1 reads
    out1, (h1, c1) = layers[1](nn.Dropout(0.5).eval()(out0))
    output, (h_n, c_n) = stacked(x)
    close = lambda a, b: torch.allclose(a, b, atol=1e-6)
    print(f"bidirectional={bi!s:<5}",
          " output matches:", close(out1, output),
          " h_n matches:", close(torch.cat([h0, h1]), h_n),
          " c_n matches:", close(torch.cat([c0, c1]), c_n))
