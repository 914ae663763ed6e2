import torch
from torch.nn.utils.rnn import unpad_sequence

lengths = torch.tensor([5, 3, 2])
calls = [
    lambda: unpad_sequence(torch.randn(5, 3, 10), [5, 3, 2]),   # a list
    # batch_first=False (the default) on batch-first data: 3 rows...
    lambda: unpad_sequence(torch.randn(3, 5, 10), lengths),
    # ... and on data with a batch of 2 for 3 lengths
    lambda: unpad_sequence(torch.randn(5, 2, 10), lengths),
]
for call in calls:
    try:
        call()
    except (AttributeError, ValueError) as error:
        print(type(error).__name__ + ":", error)
