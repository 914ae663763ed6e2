from torch import nn

# Each call breaks one constructor check (RNN, LSTM and GRU share them)
calls = [
    lambda: nn.LSTM(10, 20, bias=1),
    lambda: nn.GRU(10, 20, batch_first=1),
    lambda: nn.LSTM(10.0, 20),
    lambda: nn.LSTM(10, 20.0),
    lambda: nn.LSTM(10, 20, num_layers=2.0),
    lambda: nn.LSTM(10, 20, num_layers="2"),
    lambda: nn.LSTM(0, 20),
    lambda: nn.GRU(10, 0),
    lambda: nn.LSTM(10, 20, num_layers=0),
]
for call in calls:
    try:
        call()
    except (TypeError, ValueError) as error:
        print(type(error).__name__ + ":", error)
