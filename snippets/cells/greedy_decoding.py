import torch
from torch import nn

torch.manual_seed(0)
vocab = 12
embed, head = nn.Embedding(vocab, 8), nn.Linear(16, vocab)
cell, lstm = nn.LSTMCell(8, 16), nn.LSTM(8, 16)
lstm.load_state_dict({k + "_l0": v for k, v in cell.state_dict().items()})

token = torch.tensor([0, 5])                   # a start token per sequence
state, fed, generated = None, [], []
with torch.no_grad():
    for t in range(6):
        fed.append(token)
        state = cell(embed(token), state)      # one step: (h, c)
        token = head(state[0]).argmax(dim=-1)  # the next step's input
        generated.append(token)
    generated = torch.stack(generated)         # (steps, batch)
    print("generated:", generated.T.tolist())

    # Check: one nn.LSTM call over the tokens that were fed in
    output, _ = lstm(embed(torch.stack(fed)))
    print("one call over the fed tokens gives them:",
          torch.equal(head(output).argmax(dim=-1), generated))
