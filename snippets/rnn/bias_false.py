from torch import nn

with_bias = nn.RNN(input_size=10, hidden_size=20)
without_bias = nn.RNN(input_size=10, hidden_size=20, bias=False)

print("bias=True: ", [name for name, _ in with_bias.named_parameters()])
print("bias=False:", [name for name, _ in without_bias.named_parameters()])
