import torch
from torch.nn.utils.rnn import pack_padded_sequence

x = torch.randn(5, 3, 10)              # (seq_len 5, batch 3, features)
lengths = [5, 3, 2]                    # one length per sequence
packed = pack_padded_sequence(x, lengths)          # batch is dim 1 here
packed_bf = pack_padded_sequence(x.transpose(0, 1), lengths,
                                 batch_first=True)  # batch is dim 0
print("batch:", x.size(1), "lengths:", len(lengths))
print("same packing:", torch.equal(packed.data, packed_bf.data))
