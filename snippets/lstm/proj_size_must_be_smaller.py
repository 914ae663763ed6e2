from torch import nn

for proj_size in (20, 32, -1):
    try:
        nn.LSTM(input_size=10, hidden_size=20, proj_size=proj_size)
    except ValueError as error:
        print(f"proj_size={proj_size}:", type(error).__name__ + ":", error)
