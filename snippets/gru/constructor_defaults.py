import inspect

from torch import nn

# nn.GRU passes all its arguments on to RNNBase, so RNNBase's defaults apply
signature = inspect.signature(nn.RNNBase.__init__)
print("RNNBase takes:", ", ".join(list(signature.parameters)[2:]))
gru = nn.GRU(10, 20)
for name in ("num_layers", "bias", "batch_first", "dropout",
             "bidirectional", "proj_size"):
    print(f"  default {name} = {getattr(gru, name)!r}")
weight = gru.weight_ih_l0
print("  default device, dtype:", weight.device.type, weight.dtype)
