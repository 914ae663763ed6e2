import torch
from torch import nn

torch.manual_seed(0)
vocab, batch, seq_len = 12, 2, 5
embed, lstm, cell = nn.Embedding(vocab, 8), nn.LSTM(8, 16), nn.LSTMCell(8, 16)
cell.load_state_dict({n.removesuffix("_l0"): p
                      for n, p in lstm.state_dict().items()})

target = torch.randint(1, vocab, (seq_len, batch))    # ground-truth tokens
start = torch.zeros(1, batch, dtype=torch.long)       # start token id 0
inputs = torch.cat([start, target[:-1]])              # shifted right by one

state, steps = None, []
for t in range(seq_len):                 # feed the TRUE previous token
    state = cell(embed(inputs[t]), state)
    steps.append(state[0])

output, _ = lstm(embed(inputs))          # all inputs known: one call
same = torch.allclose(torch.stack(steps), output, atol=1e-6)
print("teacher-forced cell loop == one nn.LSTM call:", same)
