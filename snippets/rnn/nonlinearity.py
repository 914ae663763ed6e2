import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 3, 4)
outputs = {}
for name in ("default", "tanh", "relu"):
    torch.manual_seed(1)                        # the same weights for all
    kwargs = {} if name == "default" else {"nonlinearity": name}
    outputs[name], _ = nn.RNN(4, 8, **kwargs)(x)

print("tanh outputs in (-1, 1):", bool(outputs["tanh"].abs().max() < 1))
print("relu outputs >= 0:      ", bool(outputs["relu"].min() >= 0))
print("default == tanh:", torch.equal(outputs["default"], outputs["tanh"]))
print("default == relu:", torch.equal(outputs["default"], outputs["relu"]))

try:
    nn.RNN(4, 8, nonlinearity="sigmoid")
except ValueError as error:
    print("ValueError:", error)
