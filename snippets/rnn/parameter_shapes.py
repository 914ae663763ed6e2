from torch import nn

rnn = nn.RNN(input_size=10, hidden_size=20, num_layers=2, bidirectional=True)
for name, parameter in rnn.named_parameters():
    print(f"{name:<26} {tuple(parameter.shape)}")
print("total:", sum(p.numel() for p in rnn.parameters()))
