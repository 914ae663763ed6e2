import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H = 6, 3, 4, 5
x = torch.randn(L, N, H_in)
for nonlinearity, act in (("tanh", torch.tanh), ("relu", torch.relu)):
    rnn = nn.RNN(H_in, H, num_layers=2, nonlinearity=nonlinearity)
    layer_input = x
    for k in range(2):                                  # layer by layer
        W_ih, W_hh = getattr(rnn, f"weight_ih_l{k}"), getattr(rnn, f"weight_hh_l{k}")
        b_ih, b_hh = getattr(rnn, f"bias_ih_l{k}"), getattr(rnn, f"bias_hh_l{k}")
        h, steps = torch.zeros(N, H), []
        for t in range(L):                              # h_t = act(x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh)
            h = act(layer_input[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
            steps.append(h)
        layer_input = torch.stack(steps)                # this layer's outputs feed the next layer
    output, h_n = rnn(x)
    print(nonlinearity, "matches nn.RNN:", torch.allclose(layer_input, output, atol=1e-6))
