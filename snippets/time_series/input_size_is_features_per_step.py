import torch
from torch import nn

torch.manual_seed(0)
series = torch.randn(8, 30)                  # 8 series, 30 values each
right = nn.LSTM(input_size=1, hidden_size=16, batch_first=True)
wrong = nn.LSTM(input_size=30, hidden_size=16, batch_first=True)

def report(name, lstm, x):
    before, _ = lstm(x)
    with torch.no_grad():
        lstm.weight_hh_l0.zero_()            # remove the recurrence
    after, _ = lstm(x)
    print(f"{name}: x {tuple(x.shape)}, steps read: {before.shape[1]},",
          "weight_hh matters:", not torch.allclose(before, after))

report("input_size=1 ", right, series.unsqueeze(-1))   # (8, 30, 1)
report("input_size=30", wrong, series.unsqueeze(1))    # (8, 1, 30)
longer = torch.randn(8, 50)
print("input_size=1,  50 values:", right(longer.unsqueeze(-1))[0].shape)
try:
    wrong(longer.unsqueeze(1))
except RuntimeError as error:
    print("input_size=30, 50 values: RuntimeError:", error)
