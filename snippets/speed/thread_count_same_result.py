import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(32, 128, num_layers=2)
x = torch.randn(50, 16, 32)
default = torch.get_num_threads()
results = {}
for threads in (1, 2, 4):
    torch.set_num_threads(threads)
    output, (h_n, c_n) = lstm(x)
    output.sum().backward()
    results[threads] = (output, lstm.weight_hh_l0.grad.clone())
    lstm.zero_grad()
torch.set_num_threads(default)
for threads in (2, 4):
    same = [torch.allclose(a, b, atol=1e-5)
            for a, b in zip(results[1], results[threads])]
    print(f"{threads} threads vs 1: output equal {same[0]},",
          f"gradient equal {same[1]}")
