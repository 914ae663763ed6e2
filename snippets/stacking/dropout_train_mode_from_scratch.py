import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 3, 10)
for module in (nn.RNN, nn.GRU, nn.LSTM):
    stacked = module(10, 20, num_layers=2, dropout=0.5).train()
    layers = [module(10, 20), module(20, 20)]
    for k, layer in enumerate(layers):
        layer.load_state_dict({n.replace(f"_l{k}", "_l0"): p for n, p
                               in stacked.named_parameters() if f"_l{k}" in n})
    torch.manual_seed(1)               # same random numbers for both runs
    output, _ = stacked(x)

    torch.manual_seed(1)
    out0, _ = layers[0](x)
    # Plain dropout on layer 0's whole (seq_len, batch, hidden) output:
    # each element zeroed with probability p, the rest scaled by 1 / (1 - p)
    out1, _ = layers[1](F.dropout(out0, p=0.5, training=True))
    print(f"{module.__name__:<4} train mode, by hand == module (CPU):",
          torch.allclose(out1, output, atol=1e-6))
