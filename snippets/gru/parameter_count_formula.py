from torch import nn

H_in, H, num_layers, D = 10, 20, 2, 2            # D = 2 directions
gru = nn.GRU(H_in, H, num_layers=num_layers, bidirectional=True)
for name, parameter in gru.named_parameters():
    print(f"{name:<26} {tuple(parameter.shape)}")


def formula(b):                       # b: 2 bias vectors per layer, or 0
    first = H_in + H + b              # layer 0 reads H_in features
    later = D * H + H + b             # layer k > 0 reads D * H features
    return 3 * H * D * (first + (num_layers - 1) * later)


def count(module):
    return sum(p.numel() for p in module.parameters())


print("total:", count(gru))
print("formula matches:", count(gru) == formula(2))
no_bias = nn.GRU(H_in, H, num_layers=num_layers, bidirectional=True,
                 bias=False)
print("bias=False matches:", count(no_bias) == formula(0))
rnn = nn.RNN(H_in, H, num_layers=num_layers, bidirectional=True)
print("3 x nn.RNN's count:", count(gru) == 3 * count(rnn))
