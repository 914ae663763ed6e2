import torch
from torch import nn

# Only the keyword is checked: a positional proj_size reaches RNNBase
x = torch.randn(5, 3, 10)
modules = (nn.GRU(10, 20, 1, True, False, 0.0, False, 5),  # 8th argument
           nn.RNN(10, 20, 1, "tanh", True, False, 0.0, False, 5))  # 9th
for module in modules:
    name = type(module).__name__
    print(f"{name}: proj_size={module.proj_size},",
          "has weight_hr_l0:", hasattr(module, "weight_hr_l0"))
    try:
        module(x)
    except RuntimeError as error:
        print(f"{name}: {type(error).__name__}: {error}")
