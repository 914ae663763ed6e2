from torch import nn


def formula(input_size, hidden_size, num_layers=1, bias=True,
            bidirectional=False, proj_size=0):
    D, H = (2 if bidirectional else 1), hidden_size
    H_out = proj_size if proj_size > 0 else H        # size of h_t
    total = 0
    for k in range(num_layers):
        H_in = input_size if k == 0 else D * H_out   # k > 0: both dirs
        total += D * (4 * H * (H_in + H_out) + (8 * H if bias else 0)
                      + proj_size * H)
    return total


for config in [dict(input_size=10, hidden_size=20),
               dict(input_size=10, hidden_size=20, num_layers=2,
                    bidirectional=True),
               dict(input_size=10, hidden_size=20, num_layers=2,
                    bidirectional=True, proj_size=6),
               dict(input_size=7, hidden_size=16, num_layers=3,
                    bias=False, proj_size=4),
               dict(input_size=1, hidden_size=50, bidirectional=True,
                    proj_size=49)]:
    counted = sum(p.numel() for p in nn.LSTM(**config).parameters())
    print(f"{counted:<6} formula matches: {counted == formula(**config)}",
          config)
