import torch
from torch import nn

torch.manual_seed(0)
H = 4
x = torch.randn(5, 2, 3)               # (seq_len, batch, input_size)
columns = ["h_n[0] == output[-1, :, :H]", "h_n[1] == output[0, :, H:]",
           "h_n[1] == output[-1, :, H:]"]
row = "{:<5} {:<28} {:<28} {}".format
print(row("", *columns))
for Module in (nn.RNN, nn.GRU, nn.LSTM):
    module = Module(input_size=3, hidden_size=H, bidirectional=True)
    output, h_n = module(x)            # output: (5, 2, 2 * H)
    h_n = h_n[0] if Module is nn.LSTM else h_n    # LSTM: (h_n, c_n)
    forward, backward = output[..., :H], output[..., H:]
    checks = [torch.equal(h_n[0], forward[-1]),
              torch.equal(h_n[1], backward[0]),
              torch.equal(h_n[1], backward[-1])]
    print(row(Module.__name__, *map(str, checks)))
print("output:", tuple(output.shape), " h_n:", tuple(h_n.shape))
