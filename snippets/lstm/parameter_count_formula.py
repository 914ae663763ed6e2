from torch import nn


def lstm_parameter_count(input_size, hidden_size, num_layers=1, bias=True, bidirectional=False, proj_size=0):
    D, H = (2 if bidirectional else 1), hidden_size
    H_out = proj_size if proj_size > 0 else H        # size of h_t
    total = 0
    for k in range(num_layers):
        H_in = input_size if k == 0 else D * H_out   # layer k > 0 reads both directions of layer k - 1
        per_direction = 4 * H * H_in + 4 * H * H_out + (8 * H if bias else 0) + proj_size * H
        total += D * per_direction
    return total


for config in [dict(input_size=10, hidden_size=20),
               dict(input_size=10, hidden_size=20, num_layers=2, bidirectional=True),
               dict(input_size=10, hidden_size=20, num_layers=2, bidirectional=True, proj_size=6),
               dict(input_size=7, hidden_size=16, num_layers=3, bias=False, proj_size=4),
               dict(input_size=1, hidden_size=50, num_layers=1, bidirectional=True, proj_size=49)]:
    lstm = nn.LSTM(**config)
    counted = sum(p.numel() for p in lstm.parameters())
    print(f"{counted:<6} formula matches: {counted == lstm_parameter_count(**config)}  {config}")
