import torch
from torch.nn.utils.rnn import pack_sequence

torch.manual_seed(0)
seqs = [torch.randn(n, 2) for n in (2, 4, 3)]
packed = pack_sequence(seqs, enforce_sorted=False)

double = packed.double()                   # also .float(), .half(), .long()...
print("type:", type(double).__name__, "data:", double.data.dtype)
print("batch_sizes:", double.batch_sizes.dtype,
      "sorted_indices:", double.sorted_indices.dtype)
moved = packed.to("meta")                  # another device, as .to("cuda")
print("to('meta'): data", moved.data.device,
      "indices", moved.sorted_indices.device, moved.unsorted_indices.device,
      "batch_sizes", moved.batch_sizes.device)
print("same dtype and device, self returned:",
      packed.to(torch.float32) is packed, packed.cpu() is packed)
print("other dtype, a copy:", packed.to(torch.float64) is packed)
