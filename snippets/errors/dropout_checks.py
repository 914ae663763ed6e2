from torch import nn

try:
    nn.LSTM(10, 20, num_layers=2, dropout=1.5)
except ValueError as error:
    print(type(error).__name__ + ":", error)
lstm = nn.LSTM(10, 20, dropout=0.5)    # one layer: warns
print("dropout kept:", lstm.dropout)
