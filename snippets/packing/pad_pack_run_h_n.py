import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence

torch.manual_seed(0)
lstm = nn.LSTM(input_size=5, hidden_size=4, batch_first=True)
sequences = [torch.randn(n, 5) for n in (2, 4, 3)]   # three lengths

# 1. pad, keeping the lengths    2. pack    3. run
lengths = torch.tensor([len(s) for s in sequences])
padded = pad_sequence(sequences, batch_first=True)   # (batch, max_len, 5)
packed = pack_padded_sequence(padded, lengths, batch_first=True,
                              enforce_sorted=False)
_, (h_n, c_n) = lstm(packed)
features = h_n[-1]                   # 4. one vector per sequence
print("padded:", tuple(padded.shape), "h_n:", tuple(h_n.shape),
      "features:", tuple(features.shape))

# each row equals that sequence run alone, without padding
alone = [lstm(s.unsqueeze(0))[1][0][-1, 0] for s in sequences]
print("row i == sequence i alone:",
      [torch.allclose(features[i], a, atol=1e-6) for i, a in enumerate(alone)])
