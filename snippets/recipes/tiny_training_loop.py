import torch
from torch import nn

torch.manual_seed(0)
# Synthetic task: is the sum of a sequence of 8 numbers positive?
x = torch.randn(64, 8, 1)                          # (batch, seq_len, 1)
y = (x.sum(dim=1) > 0).float()                     # (batch, 1)
gru = nn.GRU(1, 8, batch_first=True)
head = nn.Linear(8, 1)
optimizer = torch.optim.Adam([*gru.parameters(), *head.parameters()], lr=0.05)
losses = []
for step in range(25):
    _, h_n = gru(x)                                # h_n: (1, batch, 8)
    logits = head(h_n[-1])                         # (batch, 1)
    loss = nn.functional.binary_cross_entropy_with_logits(logits, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    losses.append(loss.item())
accuracy = ((logits > 0).float() == y).float().mean().item()
print("loss went down:", losses[-1] < losses[0] / 4)
print("training accuracy above 90%:", accuracy > 0.9)
