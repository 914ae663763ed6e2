import subprocess
import sys

# Equal lengths, h_0 and c_0 of batch 2 for a batch of 3: run in a child
child = """
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence
packed = pack_padded_sequence(torch.randn(5, 3, 10), [5, 5, 5])
state = (torch.zeros(1, 2, 20), torch.zeros(1, 2, 20))
nn.LSTM(10, 20)(packed, state)
"""
run = subprocess.run([sys.executable, "-c", child], capture_output=True)
print("child killed by a signal:", run.returncode < 0)
