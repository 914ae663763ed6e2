import torch
from torch import nn

torch.manual_seed(0)
K, D, N, H = 3, 2, 2, 20        # layers, directions, batch, hidden_size
lstm = nn.LSTM(input_size=10, hidden_size=H, num_layers=K, bidirectional=True)
output, (h_n, c_n) = lstm(torch.randn(4, N, 10))
eq = torch.equal

states = h_n.view(K, D, N, H)   # states[layer, direction]
print("states:", states.shape)
print("states[k, d] is h_n[k * D + d] for all k, d:", all(
    eq(states[k, d], h_n[k * D + d]) for k in range(K) for d in range(D)))

# One row per sample (for a classifier): batch dimension first, then flatten.
sample_0 = h_n[:, 0].flatten()                  # every state of sample 0
good, bad = h_n.permute(1, 0, 2).reshape(N, -1), h_n.view(N, -1)
print("permute + reshape, row 0 is sample 0:", eq(good[0], sample_0))
print("h_n.view(N, -1),   row 0 is sample 0:", eq(bad[0], sample_0))
