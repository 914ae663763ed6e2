import torch
from torch.nn.utils.rnn import pad_sequence

batch = [[1, 2, 3], [4, 5]]            # e.g. token ids from a tokenizer
tensors = [torch.tensor(ids) for ids in batch]   # one tensor each
if tensors:                            # skip an empty batch
    right = pad_sequence(tensors, batch_first=True)
    left = pad_sequence(tensors, batch_first=True, padding_side="left")
    print("right:", right.tolist())
    print("left: ", left.tolist())
