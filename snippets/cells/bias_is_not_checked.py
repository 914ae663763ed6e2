from torch import nn

# bias is never checked: any value is accepted, only its truth value counts
for bias in (False, 0, "no", True):
    cell = nn.LSTMCell(10, 20, bias=bias)
    names = [name for name, _ in cell.named_parameters()]
    print(f"bias={bias!r:<6} stored: {cell.bias!r:<6} parameters: {names}")
