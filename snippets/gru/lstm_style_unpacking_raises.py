import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 3, 10)
for num_layers, bidirectional in ((1, False), (3, False), (1, True)):
    gru = nn.GRU(10, 20, num_layers=num_layers, bidirectional=bidirectional)
    print(f"num_layers={num_layers}, bidirectional={bidirectional}:", end=" ")
    try:
        # h_n has num_layers * num_directions entries along dim 0
        output, (h_n, c_n) = gru(x)
        print("no error, h_n:", h_n.shape)
    except ValueError as error:
        print(type(error).__name__ + ":", error)
