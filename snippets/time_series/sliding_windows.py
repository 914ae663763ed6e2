import torch

series = torch.arange(10.0)                  # one long series: 0, 1, ..., 9
window = 4
inputs = series[:-1].unfold(0, window, 1)    # every window of 4 values
targets = series[window:]                    # the value after each window
x = inputs.unsqueeze(-1)                     # (windows, window, 1)
print("inputs:", tuple(inputs.shape), "x:", tuple(x.shape),
      "targets:", tuple(targets.shape))
for i in range(2):
    print(f"window {i}: {inputs[i].tolist()} -> {targets[i].item()}")
print("window i == series[i:i + 4] for every i:",
      all(torch.equal(inputs[i], series[i:i + window])
          for i in range(len(inputs))))
print("target i == series[i + 4] for every i:",
      torch.equal(targets, series[window:window + len(inputs)]))
