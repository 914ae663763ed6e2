import torch
from torch import nn

torch.manual_seed(0)
batch, seq_len, vocab, emb, hidden, n_tags = 3, 7, 50, 8, 16, 5
embed = nn.Embedding(vocab, emb)
lstm = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
head = nn.Linear(2 * hidden, n_tags)

tokens = torch.randint(0, vocab, (batch, seq_len))
print("tokens:", tokens.shape)                # (batch, seq_len)
x = embed(tokens)
print("x:     ", x.shape)                     # (batch, seq_len, emb)
output, (h_n, c_n) = lstm(x)
# one vector per token: (batch, seq_len, 2 * hidden)
print("output:", output.shape)
# Linear acts on the last dimension only
logits = head(output)
print("logits:", logits.shape)                # (batch, seq_len, n_tags)
tags = torch.randint(0, n_tags, (batch, seq_len))
# cross_entropy wants the classes in dimension 1: (batch, n_tags, seq_len)
loss = nn.functional.cross_entropy(logits.transpose(1, 2), tags)
flat = nn.functional.cross_entropy(logits.reshape(-1, n_tags),
                                   tags.reshape(-1))
same = torch.allclose(loss, flat)
print("loss:  ", loss.shape,
      "| same as flattening to (batch * seq_len, n_tags):", same)
