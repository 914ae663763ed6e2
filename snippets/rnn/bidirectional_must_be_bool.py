import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 3, 4)
for flag in (False, True, 2, "False"):
    rnn = nn.RNN(4, 8, bidirectional=flag)     # always accepted here
    n = len(list(rnn.parameters()))            # 4 per direction
    try:
        result = tuple(rnn(x)[0].shape)
    except TypeError as error:                 # first forward call
        result = "TypeError: " + str(error).split(" - ")[0]
    print(f"bidirectional={flag!r}: {n} parameters, output {result}")
print("repr:", nn.RNN(4, 8, bidirectional="False"))
