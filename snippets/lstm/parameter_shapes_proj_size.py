from torch import nn

lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2,
               bidirectional=True, proj_size=6)
for name, parameter in lstm.named_parameters():
    print(f"{name:<22} {tuple(parameter.shape)}")
print("total:", sum(p.numel() for p in lstm.parameters()))
