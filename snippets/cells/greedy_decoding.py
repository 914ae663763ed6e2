import torch
from torch import nn

torch.manual_seed(0)
vocab, batch, start_token = 12, 2, 0
embed, cell, head = nn.Embedding(vocab, 8), nn.LSTMCell(8, 16), nn.Linear(16, vocab)

token = torch.full((batch,), start_token)      # (batch,) token ids
state = None                                   # zeros; in seq2seq, the encoder's (h, c)
generated = []
with torch.no_grad():
    for t in range(4):
        x_t = embed(token)                     # (batch, 8)
        state = cell(x_t, state)               # (h, c), each (batch, 16)
        logits = head(state[0])                # (batch, vocab)
        token = logits.argmax(dim=-1)          # the next step's input is this step's output
        generated.append(token)
        print(f"step {t}: x_t {tuple(x_t.shape)}  h {tuple(state[0].shape)}"
              f"  logits {tuple(logits.shape)}  token {tuple(token.shape)}")
sequence = torch.stack(generated, dim=1)       # (batch, steps)
print("generated:", sequence.shape, sequence.dtype)
