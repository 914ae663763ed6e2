from torch import nn

lstm, cell = nn.LSTM(10, 20), nn.LSTMCell(10, 20)
try:
    cell.load_state_dict(lstm.state_dict())    # keys differ by "_l0"
except RuntimeError as error:
    print(type(error).__name__ + ":", str(error).expandtabs(4))

renamed = {n.removesuffix("_l0"): p for n, p in lstm.state_dict().items()}
print("renamed:", cell.load_state_dict(renamed))
