import torch
from torch.nn.utils.rnn import pack_padded_sequence

x = torch.zeros(3, 4, 2)                      # (batch, max_len, features)

# a float tensor is cast to int64 without a word: 3.9 becomes 3
lengths = torch.tensor([4.0, 3.9, 2.0])
packed = pack_padded_sequence(x, lengths, batch_first=True)
print("float lengths [4.0, 3.9, 2.0] -> batch_sizes:",
      packed.batch_sizes.tolist())

# after the cast, lengths must be a 1-D tensor on the CPU
for bad in (torch.tensor([[4, 3, 2]]),        # 2-D
            torch.tensor([4, 3, 2], device="meta")):  # not on the CPU
    try:
        pack_padded_sequence(x, bad, batch_first=True)
    except RuntimeError as error:
        print("RuntimeError:", error)

# the input may live elsewhere: only the lengths must be on the CPU
packed = pack_padded_sequence(x.to("meta"), [4, 3, 2], batch_first=True)
print("input on meta: data on", packed.data.device,
      "batch_sizes on", packed.batch_sizes.device)
