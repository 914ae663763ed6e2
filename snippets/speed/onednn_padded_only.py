import warnings
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

warnings.simplefilter("ignore")        # mkldnn.flags: a note on Intel GPUs
torch.manual_seed(0)
lstm, x = nn.LSTM(8, 16), torch.randn(10, 4, 8)   # 10 steps, batch 4
packed = pack_padded_sequence(x, [10, 7, 5, 2])
def uses_onednn(output):               # oneDNN's LSTM in the autograd graph?
    seen, todo = set(), [output.grad_fn]
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.add(node)
            todo += [parent for parent, _ in node.next_functions]
    return any("Mkldnn" in type(node).__name__ for node in seen)

on = lstm(x)[0]
print("padded uses oneDNN:", uses_onednn(on))
print("packed uses oneDNN:", uses_onednn(lstm(packed)[0].data))
print("rows: padded", x.shape[0] * x.shape[1], "packed", packed.data.shape[0])
with torch.backends.mkldnn.flags(enabled=False):
    same = torch.allclose(lstm(x)[0], on, atol=1e-6)
print("oneDNN off, same output:", same)
