import torch
from torch import nn

torch.manual_seed(0)
batch, seq_len, n_features, hidden, n_classes = 3, 7, 5, 16, 6
gru = nn.GRU(n_features, hidden, num_layers=2, batch_first=True,
             bidirectional=True)
head = nn.Linear(2 * hidden, n_classes)

x = torch.randn(batch, seq_len, n_features)
print("x:       ", x.shape)                   # (batch, seq_len, features)
output, h_n = gru(x)
# (batch, seq_len, 2 * hidden): batch_first applies
print("output:  ", output.shape)
# (num_layers * 2, batch, hidden): never batch-first
print("h_n:     ", h_n.shape)
# top layer: forward final, backward final
features = torch.cat([h_n[-2], h_n[-1]], dim=1)
print("features:", features.shape)
logits = head(features)
print("logits:  ", logits.shape)              # (batch, n_classes)
loss = nn.functional.cross_entropy(logits, torch.tensor([0, 5, 2]))
print("loss:    ", loss.shape)
