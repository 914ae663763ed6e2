import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H = 6, 3, 4, 5
x, h_0 = torch.randn(L, N, H_in), torch.randn(2, N, H)  # random h_0
for nonlinearity, act in (("tanh", torch.tanh), ("relu", torch.relu)):
    rnn = nn.RNN(H_in, H, num_layers=2, nonlinearity=nonlinearity)
    p = dict(rnn.named_parameters())
    layer_input, h_n = x, []
    for k in range(2):                                  # layer by layer
        W_ih, W_hh = p[f"weight_ih_l{k}"], p[f"weight_hh_l{k}"]
        b_ih, b_hh = p[f"bias_ih_l{k}"], p[f"bias_hh_l{k}"]
        h, steps = h_0[k], []                           # h_{-1} = h_0[k]
        for t in range(L):     # act(x_t W_ih^T + b_ih + h W_hh^T + b_hh)
            h = act(layer_input[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
            steps.append(h)
        layer_input = torch.stack(steps)       # feeds the next layer
        h_n.append(h)
    output, torch_h_n = rnn(x, h_0)
    same = torch.allclose(layer_input, output, atol=1e-6)
    same = same and torch.allclose(torch.stack(h_n), torch_h_n, atol=1e-6)
    print(nonlinearity, "matches nn.RNN (output and h_n):", same)
