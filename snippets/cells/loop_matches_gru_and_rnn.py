import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 3, 10)
pairs = [(nn.GRU(10, 20), nn.GRUCell(10, 20)),
         (nn.RNN(10, 20, nonlinearity="relu"),
          nn.RNNCell(10, 20, nonlinearity="relu"))]
for module, cell in pairs:
    with torch.no_grad():                      # required for copy_ (below)
        for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            getattr(cell, name).copy_(getattr(module, name + "_l0"))
    h, steps = None, []                        # None: start from zeros
    for x_t in x:
        h = cell(x_t, h)
        steps.append(h)
    output, h_n = module(x)
    print(f"{type(cell).__name__} loop matches {type(module).__name__}:",
          "output", torch.allclose(torch.stack(steps), output, atol=1e-6),
          " h_n", torch.allclose(h, h_n[0], atol=1e-6))
