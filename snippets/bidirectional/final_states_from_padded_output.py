import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

torch.manual_seed(0)
H = 4
lstm = nn.LSTM(input_size=3, hidden_size=H, bidirectional=True,
               batch_first=True)
x, lengths = torch.randn(2, 5, 3), torch.tensor([5, 3])   # padded batch
packed = pack_padded_sequence(x, lengths, batch_first=True)
packed_output, (h_n, c_n) = lstm(packed)
output, _ = pad_packed_sequence(packed_output, batch_first=True)

print("short sequence, padded steps output[1, 3:] all zeros:",
      bool((output[1, 3:] == 0).all()))
print("h_n[0] == output[:, -1, :H]:", torch.equal(h_n[0], output[:, -1, :H]))
last = output[torch.arange(2), lengths - 1]    # each sequence's last step
print("h_n[0] == forward half at each last valid step:",
      torch.equal(h_n[0], last[:, :H]))
print("h_n[1] == backward half at step 0:",
      torch.equal(h_n[1], output[:, 0, H:]))
