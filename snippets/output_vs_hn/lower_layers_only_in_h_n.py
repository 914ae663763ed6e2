import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=3)
output, (h_n, c_n) = lstm(torch.randn(4, 2, 10))


def steps_where(state):
    """The time steps t at which output[t] holds this state."""
    return [t for t, out_t in enumerate(output)
            if torch.allclose(out_t, state, atol=1e-6)]


for k in range(lstm.num_layers):
    print(f"h_n[{k}] found in output at steps:", steps_where(h_n[k]))
