from torch import nn

for dropout in (1.5, True, "0.1"):     # out of range, a bool, a string
    try:
        nn.LSTM(10, 20, num_layers=2, dropout=dropout)
    except ValueError as error:
        print(type(error).__name__ + ":", error)
lstm = nn.LSTM(10, 20, dropout=0.5)    # one layer: warns
print("dropout kept:", lstm.dropout)
