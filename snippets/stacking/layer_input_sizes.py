from torch import nn

# Layer 0 reads input_size features; each later layer reads the layer below's
# output: num_directions * hidden_size, or * proj_size for an LSTM with one
configs = [(m, {}) for m in (nn.RNN, nn.GRU, nn.LSTM)]
configs.append((nn.LSTM, {"proj_size": 6}))
for module, extra in configs:
    for bi in (False, True):
        m = module(input_size=10, hidden_size=20, num_layers=3,
                   bidirectional=bi, **extra)
        ih = [tuple(getattr(m, f"weight_ih_l{k}").shape) for k in range(3)]
        label = f"{module.__name__} {'proj_size=6' if extra else ''}"
        print(f"{label:<16} bidirectional={bi!s:<5}  weight_ih_l0..l2:", ih,
              " weight_hh_l0..l2:", {tuple(getattr(m, f"weight_hh_l{k}").shape)
                                     for k in range(3)})
