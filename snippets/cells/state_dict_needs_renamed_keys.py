from torch import nn

lstm, cell = nn.LSTM(10, 20), nn.LSTMCell(10, 20)
try:
    cell.load_state_dict(lstm.state_dict())    # keys differ by the "_l0" suffix
except RuntimeError as error:
    print(type(error).__name__ + ":", str(error).expandtabs(4))

renamed = {name.removesuffix("_l0"): p for name, p in lstm.state_dict().items()}
print("renamed:", cell.load_state_dict(renamed))
