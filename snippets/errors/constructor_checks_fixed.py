from torch import nn

# Values read from a config file or computed: make them int and bool
config = {"input_size": 10.0, "hidden_size": "20", "num_layers": 2.0,
          "bias": 1, "batch_first": 0}
lstm = nn.LSTM(
    input_size=int(config["input_size"]),
    hidden_size=int(config["hidden_size"]),
    num_layers=int(config["num_layers"]),
    bias=bool(config["bias"]),
    batch_first=bool(config["batch_first"]),
)
print(lstm)
