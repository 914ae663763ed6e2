"""Every error and warning a user can reach on the CPU through the recurrent layers.

Each entry names one distinct message (as a traceback's last line shows it: ``Type: text``,
or ``Category: text`` for a warning), the part of torch it comes from, and one or more
triggers: small calls that make torch 2.13.0 raise or warn it. ``message`` is written out,
so a torch upgrade that rewords, moves or drops a check turns ``test_error_catalogue`` red.

Matching a page (``shown``): a catalogued message counts as shown when some Output/Warning
block of the page has a line that equals it with every number free, i.e. the page may print
its own example values (``got 8`` for ``got 7``) but every word, name and punctuation mark must
be torch's. Messages that differ only in their numbers are therefore one entry.
"""

import re
import warnings
from dataclasses import dataclass, field
from typing import Callable

import torch
from torch import nn
from torch.nn.utils.rnn import (PackedSequence, pack_padded_sequence, pack_sequence,
                                pad_packed_sequence, pad_sequence, unpack_sequence,
                                unpad_sequence)

from tests.doc_examples import expectations, warning_line

R = torch.randn
X = (5, 3, 10)                      # (seq_len, batch, input_size) used by most triggers


def _packed(lengths=(5, 3, 2), **kwargs):
    return pack_padded_sequence(R(*X), list(lengths), **kwargs)


def _trace_list_lengths():
    def f(x):
        return pack_padded_sequence(x, [5, 3, 2]).data
    torch.jit.trace(f, (R(*X),))


@dataclass(frozen=True)
class Entry:
    key: str
    source: str                    # where it comes from (the page's groups)
    message: str                   # "Type: text" exactly as torch 2.13.0 prints it
    triggers: tuple[Callable, ...] = field(repr=False)
    warning: bool = False


def E(key, source, message, *triggers, warning=False):
    return Entry(key, source, message, triggers, warning)


CATALOGUE = [
    # --- constructor checks (RNNBase, shared by nn.RNN, nn.LSTM, nn.GRU) -------------------
    E("dropout-range", "constructor",
      "ValueError: dropout should be a number in range [0, 1] representing the probability "
      "of an element being zeroed",
      lambda: nn.LSTM(10, 20, dropout=1.5), lambda: nn.GRU(10, 20, dropout=True),
      lambda: nn.RNN(10, 20, dropout="0.1")),
    E("dropout-one-layer", "constructor",
      "UserWarning: dropout option adds dropout after all but last recurrent layer, so "
      "non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1",
      lambda: nn.LSTM(10, 20, dropout=0.5), warning=True),
    E("bias-type", "constructor", "TypeError: bias should be of type bool, got: int",
      lambda: nn.LSTM(10, 20, bias=1)),
    E("batch-first-type", "constructor",
      "TypeError: batch_first should be of type bool, got: int",
      lambda: nn.GRU(10, 20, batch_first=1)),
    E("input-size-type", "constructor",
      "TypeError: input_size should be of type int, got: float",
      lambda: nn.LSTM(10.0, 20)),
    E("input-size-zero", "constructor", "ValueError: input_size must be greater than zero",
      lambda: nn.LSTM(0, 20)),
    E("hidden-size-type", "constructor",
      "TypeError: hidden_size should be of type int, got: float",
      lambda: nn.LSTM(10, 20.0)),
    E("hidden-size-zero", "constructor", "ValueError: hidden_size must be greater than zero",
      lambda: nn.GRU(10, 0)),
    E("num-layers-zero", "constructor", "ValueError: num_layers must be greater than zero",
      lambda: nn.LSTM(10, 20, num_layers=0)),
    E("num-layers-float", "constructor",
      "TypeError: 'float' object cannot be interpreted as an integer",
      lambda: nn.LSTM(10, 20, num_layers=2.0)),
    E("num-layers-str", "constructor",
      "TypeError: '<=' not supported between instances of 'str' and 'int'",
      lambda: nn.LSTM(10, 20, num_layers="2")),
    E("proj-size-negative", "constructor",
      "ValueError: proj_size should be a positive integer or zero to disable projections",
      lambda: nn.LSTM(10, 20, proj_size=-1)),
    E("proj-size-not-smaller", "constructor",
      "ValueError: proj_size has to be smaller than hidden_size",
      lambda: nn.LSTM(10, 20, proj_size=20)),
    E("proj-size-on-gru", "constructor",
      "ValueError: proj_size argument is only supported for LSTM, not RNN or GRU",
      lambda: nn.GRU(10, 20, proj_size=5), lambda: nn.RNN(10, 20, proj_size=5)),
    E("nonlinearity", "constructor",
      "ValueError: Unknown nonlinearity 'sigmoid'. Select from 'tanh' or 'relu'.",
      lambda: nn.RNN(10, 20, nonlinearity="sigmoid")),
    # --- forward of nn.RNN / nn.LSTM / nn.GRU --------------------------------------------
    E("rnn-4d-input", "forward", "ValueError: RNN: Expected input to be 2D or 3D, got 4D tensor instead",
      lambda: nn.RNN(10, 20)(R(2, 5, 3, 10)), lambda: nn.RNN(10, 20)(R(10))),
    E("lstm-4d-input", "forward", "ValueError: LSTM: Expected input to be 2D or 3D, got 4D instead",
      lambda: nn.LSTM(10, 20)(R(2, 5, 3, 10))),
    E("gru-4d-input", "forward", "ValueError: GRU: Expected input to be 2D or 3D, got 4D instead",
      lambda: nn.GRU(10, 20)(R(2, 5, 3, 10))),
    E("wrong-input-size", "forward",
      "RuntimeError: input.size(-1) must be equal to input_size. Expected 10, got 8",
      lambda: nn.LSTM(10, 20)(R(5, 3, 8)), lambda: nn.GRU(8, 20)(_packed())),
    E("packed-data-dims", "forward", "RuntimeError: input must have 2 dimensions, got 3",
      lambda: nn.GRU(10, 20)(PackedSequence(R(6, 1, 10), torch.tensor([3, 3])))),
    E("dtype-mismatch", "forward",
      "ValueError: RNN input dtype (torch.float64) does not match weight dtype "
      "(torch.float32). Convert input: input.to(torch.float32), or convert model: "
      "model.to(torch.float64)",
      lambda: nn.LSTM(10, 20)(R(*X, dtype=torch.float64))),
    E("state-dtype", "forward",
      "RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float",
      lambda: nn.GRU(10, 20)(R(*X), torch.zeros(1, 3, 20, dtype=torch.float64)),
      lambda: nn.RNN(10, 20)(R(*X), torch.zeros(1, 3, 20, dtype=torch.float64)),
      lambda: nn.GRUCell(10, 20)(R(3, 10), torch.zeros(3, 20, dtype=torch.float64))),
    E("lstm-state-dtype", "forward", "RuntimeError: get_mkldnn_dtype: unsupported data type",
      lambda: nn.LSTM(10, 20)(R(*X), (torch.zeros(1, 3, 20, dtype=torch.float64),) * 2)),
    E("input-parameter-device", "forward",
      "RuntimeError: Input and parameter tensors are not at the same device, found input "
      "tensor at meta and parameter tensor at cpu",
      lambda: nn.LSTM(10, 20)(R(*X, device="meta")),
      lambda: nn.GRU(10, 20)(R(*X, device="meta"))),
    E("input-parameter-device-cpu", "forward",
      "RuntimeError: Input and parameter tensors are not at the same device, found input "
      "tensor at cpu and parameter tensor at meta",
      lambda: nn.GRU(10, 20, device="meta")(R(*X))),
    E("input-hidden-device", "forward",
      "RuntimeError: Input and hidden tensors are not at the same device, found input "
      "tensor at cpu and hidden tensor at meta",
      lambda: nn.GRU(10, 20)(R(*X), torch.zeros(1, 3, 20, device="meta")),
      lambda: nn.LSTM(10, 20)(R(*X), (torch.zeros(1, 3, 20),
                                      torch.zeros(1, 3, 20, device="meta")))),
    E("empty-sequence", "forward",
      "RuntimeError: Expected sequence length to be larger than 0 in RNN",
      lambda: nn.LSTM(10, 20)(R(0, 3, 10)), lambda: nn.GRU(10, 20)(R(0, 3, 10))),
    E("wrong-h0-shape", "forward", "RuntimeError: Expected hidden size (2, 3, 20), got [3, 2, 20]",
      lambda: nn.RNN(10, 20, 2, batch_first=True)(R(3, 5, 10), torch.zeros(3, 2, 20)),
      lambda: nn.GRU(10, 20)(_packed(), torch.zeros(1, 4, 20))),
    E("wrong-h0-shape-lstm", "forward",
      "RuntimeError: Expected hidden[0] size (2, 4, 256), got [2, 64, 256]",
      lambda: nn.LSTM(10, 256, 2)(R(5, 4, 10), (torch.zeros(2, 64, 256),) * 2),
      lambda: nn.LSTM(10, 20)(R(*X), (torch.zeros(1, 3, 20), torch.zeros(1, 4, 20)))),
    E("unbatched-input-batched-h0", "forward",
      "RuntimeError: For unbatched 2-D input, hx should also be 2-D but got 3-D tensor",
      lambda: nn.GRU(10, 20)(R(5, 10), torch.zeros(1, 1, 20))),
    E("batched-input-unbatched-h0", "forward",
      "RuntimeError: For batched 3-D input, hx should also be 3-D but got 2-D tensor",
      lambda: nn.GRU(10, 20)(R(*X), torch.zeros(1, 20))),
    E("batched-input-unbatched-state-lstm", "forward",
      "RuntimeError: For batched 3-D input, hx and cx should also be 3-D but got "
      "(2-D, 2-D) tensors",
      lambda: nn.LSTM(10, 20, 2)(R(*X), torch.zeros(2, 3, 20))),
    E("unbatched-input-batched-state-lstm", "forward",
      "RuntimeError: For unbatched 2-D input, hx and cx should also be 2-D but got "
      "(3-D, 3-D) tensors",
      lambda: nn.LSTM(10, 20)(R(5, 10), (torch.zeros(1, 1, 20),) * 2)),
    E("tuple-state-to-gru", "forward", "AttributeError: 'tuple' object has no attribute 'dim'",
      lambda: nn.GRU(10, 20)(R(*X), (torch.zeros(1, 3, 20),) * 2)),
    E("tensor-state-to-lstm", "forward",
      "IndexError: index 1 is out of bounds for dimension 0 with size 1",
      lambda: nn.LSTM(10, 20)(R(*X), torch.zeros(1, 3, 20))),
    E("lstm-one-state", "forward", "IndexError: tuple index out of range",
      lambda: nn.LSTM(10, 20)(R(*X), (torch.zeros(1, 3, 20),))),
    E("lstm-three-states", "forward", "RuntimeError: lstm expects two hidden states",
      lambda: nn.LSTM(10, 20)(R(*X), (torch.zeros(1, 3, 20),) * 3)),
    E("proj-onednn", "forward",
      "UserWarning: LSTM with projections is not supported with oneDNN. Using default "
      "implementation.",
      lambda: nn.LSTM(10, 20, proj_size=5)(R(*X)), warning=True),
    # --- PackedSequence given to the modules (enforce_sorted=False, nn.LSTM's missing check)
    E("sorted-indices-out-of-bounds", "packed-state",
      "RuntimeError: INDICES element is out of DATA bounds, id=2 axis_dim=2",
      lambda: nn.GRU(10, 20)(_packed((3, 5, 2), enforce_sorted=False), torch.zeros(1, 2, 20)),
      lambda: nn.LSTM(10, 20)(_packed((3, 5, 2), enforce_sorted=False),
                              (torch.zeros(1, 2, 20),) * 2)),
    E("lstm-packed-batch", "packed-state",
      "RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at "
      "non-singleton dimension 0",
      lambda: nn.LSTM(10, 20)(_packed(), (torch.zeros(1, 2, 20),) * 2),
      lambda: pad_sequence([R(3, 4), R(2, 5)])),
    E("lstm-packed-layers", "packed-state",
      "RuntimeError: Expected more hidden states in stacked_rnn",
      lambda: nn.LSTM(10, 20, 2)(_packed(), (torch.zeros(1, 3, 20),) * 2)),
    E("lstm-packed-bidirectional", "packed-state",
      "RuntimeError: Odd number of params or hiddens given to a bidirectional RNN",
      lambda: nn.LSTM(10, 20, bidirectional=True)(_packed(), (torch.zeros(1, 3, 20),) * 2)),
    E("lstm-packed-proj", "packed-state",
      "RuntimeError: got an incorrect number of RNN parameters",
      lambda: nn.LSTM(10, 20, proj_size=5)(_packed(), (torch.zeros(1, 3, 20),) * 2)),
    E("lstm-packed-features", "packed-state",
      "RuntimeError: mat1 and mat2 shapes cannot be multiplied (3x21 and 20x80)",
      lambda: nn.LSTM(10, 20)(_packed(), (torch.zeros(1, 3, 21),) * 2)),
    E("lstm-packed-2d-state", "packed-state",
      "IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)",
      lambda: nn.LSTM(10, 20)(_packed(), (torch.zeros(3, 20),) * 2),
      lambda: pack_padded_sequence(R(5), [5])),                       # 1-D input
    E("lstm-packed-tensor-state", "packed-state",
      "TypeError: lstm() received an invalid combination of arguments - got (Tensor, Tensor, "
      "Tensor, list, bool, int, float, bool, bool), but expected one of:",
      lambda: nn.LSTM(10, 20)(_packed(), torch.zeros(1, 3, 20))),
    E("length-longer-than-input", "packed-state",
      "RuntimeError: start (10) + length (1) exceeds dimension size (10).",
      lambda: nn.GRU(10, 20)(pack_padded_sequence(R(5, 3, 10), [6, 3, 2]))),
    # --- the Cells -----------------------------------------------------------------------
    E("cell-input-size", "cells",
      "RuntimeError: input has inconsistent input_size: got 8 expected 10",
      lambda: nn.RNNCell(10, 20)(R(3, 8)), lambda: nn.LSTMCell(10, 20)(R(3, 8)),
      lambda: nn.GRUCell(10, 20)(R(3, 8))),
    E("cell-batch-size", "cells",
      "RuntimeError: Input batch size 3 doesn't match hidden0 batch size 4",
      lambda: nn.GRUCell(10, 20)(R(3, 10), R(4, 20)),
      lambda: nn.LSTMCell(10, 20)(R(3, 10), (R(4, 20), R(4, 20)))),
    E("cell-hidden-size", "cells",
      "RuntimeError: hidden0 has inconsistent hidden_size: got 21, expected 20",
      lambda: nn.GRUCell(10, 20)(R(3, 10), R(3, 21)),
      lambda: nn.GRUCell(10, 20)(R(10), R(3, 20)),        # 1-D input, 2-D state
      lambda: nn.LSTMCell(10, 20)(R(3, 10), (R(3, 20), R(3, 21)))),   # hidden1: c_0
    E("rnncell-3d-input", "cells", "ValueError: RNNCell: Expected input to be 1D or 2D, got 3D instead",
      lambda: nn.RNNCell(10, 20)(R(*X))),
    E("lstmcell-3d-input", "cells", "ValueError: LSTMCell: Expected input to be 1D or 2D, got 3D instead",
      lambda: nn.LSTMCell(10, 20)(R(*X))),
    E("grucell-3d-input", "cells", "ValueError: GRUCell: Expected input to be 1D or 2D, got 3D instead",
      lambda: nn.GRUCell(10, 20)(R(*X))),
    E("rnncell-3d-hidden", "cells", "ValueError: RNNCell: Expected hidden to be 1D or 2D, got 3D instead",
      lambda: nn.RNNCell(10, 20)(R(3, 10), R(1, 3, 20))),
    E("grucell-3d-hidden", "cells", "ValueError: GRUCell: Expected hidden to be 1D or 2D, got 3D instead",
      lambda: nn.GRUCell(10, 20)(R(3, 10), R(1, 3, 20))),
    E("lstmcell-3d-state", "cells", "ValueError: LSTMCell: Expected hx[0] to be 1D or 2D, got 3D instead",
      lambda: nn.LSTMCell(10, 20)(R(3, 10), (R(1, 3, 20), R(3, 20))),
      lambda: nn.LSTMCell(10, 20)(R(3, 10), (R(3, 20), R(1, 3, 20)))),   # hx[1]: c_0
    E("lstmcell-tensor-state", "cells",
      "TypeError: lstm_cell(): argument 'hx' (position 2) must be tuple of Tensors, not Tensor",
      lambda: nn.LSTMCell(10, 20)(R(3, 10), R(3, 20))),
    E("lstmcell-state-count", "cells", "RuntimeError: lstm_cell expects two hidden states",
      lambda: nn.LSTMCell(10, 20)(R(3, 10), (R(3, 20),)),
      lambda: nn.LSTMCell(10, 20)(R(3, 10), (R(3, 20),) * 3)),
    E("cell-device", "cells",
      "RuntimeError: Tensor on device cpu is not on the expected device meta!",
      lambda: nn.GRUCell(10, 20)(R(3, 10), torch.zeros(3, 20, device="meta")),
      lambda: nn.LSTMCell(10, 20)(R(3, 10, device="meta"))),
    E("rnncell-nonlinearity", "cells", "RuntimeError: Unknown nonlinearity: sigmoid",
      lambda: nn.RNNCell(10, 20, nonlinearity="sigmoid")(R(3, 10))),
    E("cell-negative-size", "cells",
      "RuntimeError: Trying to create tensor with negative dimension -1: [60, -1]",
      lambda: nn.GRUCell(-1, 20)),
    E("cell-float-size", "cells",
      "TypeError: empty(): argument 'size' (position 1) must be tuple of ints, but found "
      "element of type float at pos 0",
      lambda: nn.LSTMCell(10, 20.0)),
    # --- pack_padded_sequence / pack_sequence ---------------------------------------------
    E("lengths-count", "packing",
      "RuntimeError: Expected `len(lengths)` to be equal to batch_size, but got 2 (batch_size=3)",
      lambda: pack_padded_sequence(R(*X), [5, 3])),
    E("pack-empty", "packing", "RuntimeError: Cannot pack empty tensors.",
      lambda: pack_padded_sequence(R(0, 3, 10), [0, 0, 0]),
      lambda: pack_padded_sequence(R(5, 0, 10), [])),
    E("zero-length", "packing",
      "RuntimeError: Length of all samples has to be greater than 0, but found an element "
      "in 'lengths' that is <= 0",
      lambda: pack_padded_sequence(R(*X), [5, 3, 0]),
      lambda: pack_sequence([R(4, 3), R(0, 3)])),
    E("lengths-wrong-type", "packing",
      "RuntimeError: 'lengths' argument should be a 1D CPU int64 tensor, but got 2D cpu "
      "Long tensor",
      lambda: pack_padded_sequence(R(*X), torch.tensor([[5, 3, 2]]))),
    E("lengths-wrong-device", "packing",
      "RuntimeError: 'lengths' argument should be a 1D CPU int64 tensor, but got 1D meta "
      "Long tensor",
      lambda: pack_padded_sequence(R(*X), torch.tensor([5, 3, 2], device="meta"))),
    E("unsorted-lengths", "packing",
      "RuntimeError: `lengths` array must be sorted in decreasing order when `enforce_sorted` "
      "is True. You can pass `enforce_sorted=False` to pack_padded_sequence and/or "
      "pack_sequence to sidestep this requirement if you do not need ONNX exportability.",
      lambda: pack_padded_sequence(R(*X), [3, 5, 2]),
      lambda: pack_sequence([R(2, 3), R(4, 3)])),
    E("pack-list-input", "packing",
      "TypeError: _pack_padded_sequence(): argument 'input' (position 1) must be Tensor, "
      "not list",
      lambda: pack_padded_sequence([R(5, 10), R(3, 10)], [5, 3])),
    E("lengths-none", "packing",
      "TypeError: 'NoneType' object cannot be interpreted as an integer",
      lambda: pack_padded_sequence(R(*X), None)),
    E("lengths-str", "packing", "ValueError: too many dimensions 'str'",
      lambda: pack_padded_sequence(R(*X), ["5", "3", "2"])),
    E("traced-list-lengths", "packing",
      "UserWarning: pack_padded_sequence has been called with a Python list of sequence "
      "lengths. The tracer cannot track the data flow of Python values, and it will treat "
      "them as constants, likely rendering the trace incorrect for any other combination "
      "of lengths.",
      _trace_list_lengths, warning=True),
    # --- pad_packed_sequence / unpack_sequence -------------------------------------------
    E("total-length", "unpacking",
      "ValueError: Expected total_length to be at least the length of the longest sequence "
      "in input, but got total_length=3 and max sequence length being 5",
      lambda: pad_packed_sequence(_packed(), total_length=3)),
    E("unpack-tensor", "unpacking", "AttributeError: 'Tensor' object has no attribute 'batch_sizes'",
      lambda: pad_packed_sequence(R(*X)), lambda: unpack_sequence(R(*X))),
    E("unpack-tuple", "unpacking", "AttributeError: 'tuple' object has no attribute 'batch_sizes'",
      lambda: pad_packed_sequence(nn.GRU(10, 20)(_packed()))),
    # --- pad_sequence / unpad_sequence ---------------------------------------------------
    E("pad-empty", "padding", "RuntimeError: received an empty list of sequences",
      lambda: pad_sequence([]), lambda: pack_sequence([])),
    E("pad-not-iterable", "padding",
      "RuntimeError: pad_sequence: Expected iterable for input sequences, but got arg of "
      "type: <class 'int'>",
      lambda: pad_sequence(5)),
    E("pad-side", "padding",
      "RuntimeError: Expected padding_side to be one of left or right, but got middle.",
      lambda: pad_sequence([R(3, 4)], padding_side="middle")),
    E("pad-lists", "padding",
      "TypeError: expected Tensor as element 0 in argument 0, but got list",
      lambda: pad_sequence([[1, 2], [3]])),
    E("pad-scalars", "padding", "RuntimeError: ArrayRef: invalid slice, N = 1; size = 0",
      lambda: pad_sequence([torch.tensor(1.0), torch.tensor(2.0)])),
    E("pad-meta", "padding", "NotImplementedError: Cannot copy out of meta tensor; no data!",
      lambda: pad_sequence([R(3), R(2, device="meta")])),
    E("unpad-list-lengths", "padding", "AttributeError: 'list' object has no attribute 'device'",
      lambda: unpad_sequence(R(*X), [5, 3, 2])),
    E("unpad-batch-first", "padding",
      "ValueError: zip() argument 2 is shorter than argument 1",
      lambda: unpad_sequence(R(3, 5, 10), torch.tensor([5, 3, 2]))),
    E("unpad-batch-first-longer", "padding",
      "ValueError: zip() argument 2 is longer than argument 1",
      lambda: unpad_sequence(R(5, 2, 10), torch.tensor([5, 3, 2]))),
    # --- PackedSequence built by hand ----------------------------------------------------
    E("batch-sizes-device", "packed-sequence",
      "ValueError: batch_sizes should always be on CPU. Instances of PackedSequence should "
      "never be created manually. They should be instantiated by functions like "
      "pack_sequence and pack_padded_sequences in nn.utils.rnn. "
      "https://pytorch.org/docs/stable/nn.html#torch.nn.utils.rnn.pack_sequence",
      lambda: PackedSequence(R(6, 10), torch.tensor([3, 3], device="meta"))),
    E("packed-no-batch-sizes", "packed-sequence",
      "AssertionError: Expected data to be a list or tuple of length 2",
      lambda: PackedSequence(R(6, 10))),
]

# Catalogued but not shown on the errors page, each with its reason (keep this list short).
EXCLUDED = {
    "lengths-none": "Python's own error for lengths=None; nobody searches for it as an RNN "
                    "error",
    "lengths-str": "torch.as_tensor refusing strings: generic, not about packing",
    "lstm-packed-tensor-state": "a 10-line overload dump from the C++ binding; the cause "
                                "(one tensor as an LSTM state) has its own entry",
    "pad-scalars": "internal ArrayRef message for 0-d tensors, an input no sequence has",
    "pad-meta": "a meta-tensor artefact; mixing real devices in pad_sequence fails "
                "differently, and meta tensors are not data",
}

TARGET = 0.8


def template(message):
    """A regex for one whole line: the message, with each run of digits free."""
    parts = re.split(r"\d+", message)
    return re.compile(r"(?m)^" + r"\d+".join(re.escape(p) for p in parts) + r"[ \t]*$")


def shown_lines(page):
    """Every Output and Warning block's text on one page, joined."""
    return "\n".join(e.stdout + e.warnings for e in expectations(page))


def shown(entry, text):
    return template(entry.message).search(text) is not None


def trigger(fn, warning=False):
    """What one trigger raises or warns, as a page shows it ("Type: text")."""
    torch.set_warn_always(True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            fn()
        except Exception as error:        # noqa: BLE001 - the catalogue collects them all
            if warning:
                raise
            return [f"{type(error).__name__}: {error}"]
    if warning:
        return [warning_line(w.category.__name__, str(w.message)).rstrip("\n") for w in caught]
    return []


if __name__ == "__main__":          # python -m tests.error_catalogue: counts per page
    from tests.doc_examples import DOCS
    for name in ("errors.md", "errors.zh.md"):
        text = shown_lines(DOCS / name)
        hits = [e for e in CATALOGUE if shown(e, text)]
        print(f"{name}: {len(hits)} / {len(CATALOGUE)} shown")
        for e in CATALOGUE:
            if not shown(e, text):
                print("   not shown:", e.key, "(excluded)" if e.key in EXCLUDED else "")
