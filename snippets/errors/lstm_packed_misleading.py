import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

x = torch.randn(5, 3, 10)
packed = pack_padded_sequence(x, [5, 3, 2])                     # batch 3
z = torch.zeros
cases = [  # (module, wrong state)
    (nn.LSTM(10, 20), (z(1, 2, 20), z(1, 2, 20))),          # batch 2
    (nn.LSTM(10, 20, 2), (z(1, 3, 20), z(1, 3, 20))),       # 1 layer of 2
    (nn.LSTM(10, 20, bidirectional=True), (z(1, 3, 20),) * 2),
    (nn.LSTM(10, 20, proj_size=5), (z(1, 3, 20), z(1, 3, 20))),
    (nn.LSTM(10, 20), (z(1, 3, 21), z(1, 3, 21))),          # 21 features
    (nn.LSTM(10, 20), (z(3, 20), z(3, 20))),                # 2-D
]
for prefix, data in (("", packed), ("padded: ", x)):
    for lstm, state in cases:
        try:
            lstm(data, state)
        except (RuntimeError, IndexError) as error:
            print(prefix + type(error).__name__ + ":", error)
