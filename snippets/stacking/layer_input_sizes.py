from torch import nn

# Layer 0 reads input_size features; every later layer reads num_directions * hidden_size
for module in (nn.RNN, nn.GRU, nn.LSTM):
    for bi in (False, True):
        m = module(input_size=10, hidden_size=20, num_layers=3, bidirectional=bi)
        shapes = [tuple(getattr(m, f"weight_ih_l{k}").shape) for k in range(3)]
        print(f"{module.__name__:<4} bidirectional={bi!s:<5}  weight_ih_l0..l2:", shapes)
