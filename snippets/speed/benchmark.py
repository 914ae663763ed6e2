"""Time what makes nn.LSTM fast or slow on the CPU; print each ratio.

Timings, not proofs: they depend on the machine, its load and the torch build.
Run it on yours: python benchmark.py
"""
import os
import time
import warnings

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

BATCH, SEQ_LEN, INPUT, HIDDEN = 32, 100, 32, 128


def best_ms(first, second, repeats=7):
    """Fastest of several runs of each, in ms, the two runs interleaved so
    that a change in the machine's load affects both alike."""
    first(), second()                        # warm-up: allocations, caches
    times = ([], [])
    for _ in range(repeats):
        for run, kept in zip((first, second), times):
            start = time.perf_counter()
            run()
            kept.append(time.perf_counter() - start)
    return [1000 * min(kept) for kept in times]


def training_step(module_call):
    """Forward and backward, as one training step spends them."""
    def run():
        output = module_call()
        output = output.data if hasattr(output, "batch_sizes") else output
        output.sum().backward()
    return run


def inference(module_call):
    def run():
        with torch.no_grad():
            module_call()
    return run


torch.manual_seed(0)
lstm = nn.LSTM(INPUT, HIDDEN)
cell = nn.LSTMCell(INPUT, HIDDEN)
cell.load_state_dict({k.removesuffix("_l0"): v
                      for k, v in lstm.state_dict().items()})
x = torch.randn(SEQ_LEN, BATCH, INPUT)
lengths = torch.randint(10, SEQ_LEN + 1, (BATCH,))   # varied: 10..100
lengths[0] = SEQ_LEN


def fused():
    return lstm(x)[0]


def cell_loop():
    h = c = torch.zeros(BATCH, HIDDEN)
    steps = []
    for x_t in x:
        h, c = cell(x_t, (h, c))
        steps.append(h)
    return torch.stack(steps)


def padded():
    return lstm(x)[0]


def packed():
    return lstm(pack_padded_sequence(x, lengths, enforce_sorted=False))[0]


def packed_equal_lengths():
    full = torch.full((BATCH,), SEQ_LEN)
    return lstm(pack_padded_sequence(x, full))[0]


def per_sample():
    return [lstm(x[:, i:i + 1])[0] for i in range(BATCH)]


def per_sample_training():
    return torch.cat(per_sample(), dim=1)


def without_onednn(run):
    """The same call with torch's oneDNN (mkldnn) CPU kernels switched off."""
    def timed():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a note about Intel GPUs
            with torch.backends.mkldnn.flags(enabled=False):
                run()
    return timed


def compare(label, slow, fast):
    slow_ms, fast_ms = best_ms(slow, fast)
    print(f"{label:52} {slow_ms:8.2f} ms / {fast_ms:8.2f} ms"
          f" = {slow_ms / fast_ms:5.2f}")


print(f"torch {torch.__version__}, {torch.get_num_threads()} threads;",
      f"batch {BATCH}, seq_len {SEQ_LEN}, input {INPUT}, hidden {HIDDEN}")
print("load average (1, 5, 15 min):", os.getloadavg())
print(f"lengths for packing: mean {lengths.float().mean():.1f} of {SEQ_LEN}")
compare("inference: LSTMCell loop / fused nn.LSTM",
        inference(cell_loop), inference(fused))
compare("training:  LSTMCell loop / fused nn.LSTM",
        training_step(cell_loop), training_step(fused))
compare("inference: padded / packed (varied lengths)",
        inference(padded), inference(packed))
compare("training:  padded / packed (varied lengths)",
        training_step(padded), training_step(packed))
compare("inference: packed / padded (all lengths equal)",
        inference(packed_equal_lengths), inference(padded))
compare("training:  packed / padded (all lengths equal)",
        training_step(packed_equal_lengths), training_step(padded))
compare("inference: one call per sequence / one batched call",
        inference(per_sample), inference(fused))
compare("training:  one call per sequence / one batched call",
        training_step(per_sample_training), training_step(fused))
compare("inference: padded, oneDNN off / on",
        without_onednn(inference(padded)), inference(padded))
compare("inference: packed, oneDNN off / on",
        without_onednn(inference(packed)), inference(packed))
compare("inference: padded / packed, both without oneDNN",
        without_onednn(inference(padded)), without_onednn(inference(packed)))
threads = torch.get_num_threads()


def with_threads(n, run):
    def timed():
        torch.set_num_threads(n)
        run()
        torch.set_num_threads(threads)
    return timed


if threads > 1:
    for kind, make in (("inference", inference), ("training", training_step)):
        compare(f"{kind + ':':10} 1 thread / {threads} threads (fused)",
                with_threads(1, make(fused)), make(fused))
print("load average (1, 5, 15 min):", os.getloadavg())
