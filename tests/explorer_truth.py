"""Ground truth for the shape explorer (docs/explorer.md): what real torch does for a configuration.

A configuration is what the reader enters: field text for the numbers, booleans for the
checkboxes. Field text becomes the Python value a program would contain ("10" -> 10,
"10.5" -> 10.5); a field the module does not take is not passed. Deliberately unlike the
explorer, which omits arguments equal to their defaults, this passes every argument the
module takes explicitly — except proj_size on nn.RNN / nn.GRU, which is passed only when
it is not 0 (passing it at all is an error there; at 0 the explorer leaves it out).
"""

import random
import re
from fractions import Fraction

import torch
from torch import nn

MODULES = ["RNN", "LSTM", "GRU", "RNNCell", "LSTMCell", "GRUCell"]
DEFAULT = {"module": "LSTM", "input_size": "10", "hidden_size": "20", "num_layers": "2", "proj_size": "0",
           "nonlinearity": "tanh", "bias": True, "bidirectional": False, "batch_first": False,
           "seq_len": "5", "batch": "3", "unbatched": False}


def py_value(text):
    text = text.strip()
    return int(text) if re.fullmatch(r"[+-]?\d+", text) else float(text)


def is_cell(module):
    return module.endswith("Cell")


def _error(exception):
    return f"{type(exception).__name__}: {exception}"


def _shape(tensor):
    return str(tuple(tensor.shape))


def build(config, **factory):
    """The module the reader configured, as torch builds it (raises what torch raises); factory:
    torch's device= / dtype= arguments (device="meta" builds a module too big for memory)."""
    module, cell = config["module"], is_cell(config["module"])
    args = [py_value(config["input_size"]), py_value(config["hidden_size"])]
    kwargs = {"bias": config["bias"]}
    if module in ("RNN", "RNNCell"):
        kwargs["nonlinearity"] = config["nonlinearity"]
    if not cell:
        kwargs.update(num_layers=py_value(config["num_layers"]), batch_first=config["batch_first"],
                      bidirectional=config["bidirectional"], dropout=0.0)
        proj = py_value(config["proj_size"] or "0")
        if module == "LSTM" or not (type(proj) is int and proj == 0):
            kwargs["proj_size"] = proj
    return getattr(nn, module)(*args, **kwargs, **factory)


def truth(config):
    """{"error": "Type: message"} or {"shapes": [...], "parameters": [...], "memory": [...], "rnn", ...}."""
    module, cell = config["module"], is_cell(config["module"])
    try:
        rnn = build(config)
    except Exception as exception:          # noqa: BLE001 - any error torch raises is the expectation
        return {"error": _error(exception)}

    input_size = py_value(config["input_size"])
    batch = None if config["unbatched"] else py_value(config["batch"])
    if cell:
        size = (input_size,) if batch is None else (batch, input_size)
    else:
        steps = py_value(config["seq_len"])
        size = ((steps, input_size) if batch is None
                else (batch, steps, input_size) if config["batch_first"] else (steps, batch, input_size))
    try:
        x = torch.randn(size)
        result = rnn(x)                      # no initial state: torch makes zeros of the right shape
    except Exception as exception:          # noqa: BLE001
        return {"error": _error(exception)}

    lstm = module.startswith("LSTM")
    if cell:
        h, c = result if lstm else (result, None)
        # the state torch accepts as input has the shape of the state it returns: pass it back in
        rnn(x, (torch.zeros(h.shape), torch.zeros(c.shape)) if lstm else torch.zeros(h.shape))
        shapes = [("input", x), ("h", h)] + ([("c", c)] if lstm else []) + [("h'", h)] + ([("c'", c)] if lstm else [])
    else:
        output, state = result
        h_n, c_n = state if lstm else (state, None)
        rnn(x, (torch.zeros(h_n.shape), torch.zeros(c_n.shape)) if lstm else torch.zeros(h_n.shape))
        shapes = ([("input", x), ("h_0", h_n)] + ([("c_0", c_n)] if lstm else []) +
                  [("output", output), ("h_n", h_n)] + ([("c_n", c_n)] if lstm else []))
    parameters = [f"{name}: {_shape(p)}" for name, p in rnn.named_parameters()]
    return {"shapes": [f"{label}: {_shape(t)}" for label, t in shapes],
            "parameters": parameters + totals(rnn), "memory": memory_figures(rnn),
            "rnn": rnn, "x": x, "result": result}


def _bytes(module):
    """(dtype name, bytes) of the module's parameters, from torch's own element sizes."""
    params = list(module.parameters())
    (dtype,) = {p.dtype for p in params}
    return str(dtype).removeprefix("torch."), sum(p.numel() * p.element_size() for p in params)


def totals(module):
    """The lines that end the parameter list: the count and the bytes, grouped as f"{n:,}" groups."""
    dtype, nbytes = _bytes(module)
    return [f"total: {sum(p.numel() for p in module.parameters()):,}", f"{dtype}: {nbytes:,} bytes"]


SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
DECIMAL_UNITS = [("kB", 10, 3), ("MB", 10, 6), ("GB", 10, 9), ("TB", 10, 12)]
BINARY_UNITS = [("KiB", 2, 10), ("MiB", 2, 20), ("GiB", 2, 30), ("TiB", 2, 40)]


def in_units(nbytes, units):
    """(figure, definition): nbytes in the largest unit it fills, one decimal, half to even on the
    exact value; a figure of 1000.0 or more moves up a unit. None below the smallest unit."""
    filled = [i for i, (_, base, power) in enumerate(units) if nbytes >= base ** power]
    if not filled:
        return None
    i = filled[-1]
    value = round(Fraction(nbytes, units[i][1] ** units[i][2]), 1)
    if value >= 1000 and i + 1 < len(units):
        i += 1
        value = round(Fraction(nbytes, units[i][1] ** units[i][2]), 1)
    tenths = int(value * 10)
    name, base, power = units[i]
    return f"{tenths // 10}.{tenths % 10} {name}", f"1 {name} = {base}{str(power).translate(SUPERSCRIPT)}"


def memory_figures(module):
    """What the explorer's note must say the parameters take: [(figure, definition)], decimal first."""
    dtype, nbytes = _bytes(module)
    return {"dtype": dtype, "element_size": next(module.parameters()).element_size(),
            "figures": [f for f in (in_units(nbytes, DECIMAL_UNITS), in_units(nbytes, BINARY_UNITS)) if f]}


def last_steps_of_each_layer(config, found):
    """For a valid sequence module: {h_n index: time step t} where h_n[index] equals that layer's
    output at t, found by running the first k layers alone (same weights) and comparing."""
    rnn, x = found["rnn"], found["x"]
    layers, directions = rnn.num_layers, 2 if rnn.bidirectional else 1
    h_n = found["result"][1][0] if isinstance(rnn, nn.LSTM) else found["result"][1]
    where = {}
    for layer in range(layers):
        if layer == layers - 1:
            output = found["result"][0]
        else:
            lower = type(rnn)(rnn.input_size, rnn.hidden_size, num_layers=layer + 1, bias=rnn.bias,
                              batch_first=rnn.batch_first, bidirectional=rnn.bidirectional,
                              **({"proj_size": rnn.proj_size} if isinstance(rnn, nn.LSTM) else {}),
                              **({"nonlinearity": rnn.nonlinearity} if isinstance(rnn, nn.RNN) else {}))
            lower.load_state_dict({k: v for k, v in rnn.state_dict().items()
                                   if int(re.search(r"_l(\d+)", k)[1]) <= layer})
            output = lower(x)[0]
        if x.dim() == 2:                                # unbatched: (L, D * H)
            output = output.unsqueeze(1)
        elif rnn.batch_first:
            output = output.transpose(0, 1)             # (L, N, D * H)
        output = output.unflatten(-1, (directions, -1))  # (L, N, D, H)
        for direction in range(directions):
            index = layer * directions + direction
            state = h_n[index] if x.dim() == 3 else h_n[index].unsqueeze(0)
            matches = [t for t in range(output.shape[0]) if torch.allclose(output[t, :, direction], state, atol=1e-6)]
            where[index] = matches
    return where


def random_config(rng: random.Random):
    """A configuration drawn to cover every module and option, about half of them invalid."""
    module = rng.choice(MODULES)
    cell = is_cell(module)

    def pick(good, bad, p_bad=0.1):
        return rng.choice(bad) if rng.random() < p_bad else good()

    sizes_bad = ["0", "-1", "-3", "2.5", "8.0", "1e1"]
    config = {
        "module": module,
        "input_size": pick(lambda: str(rng.randint(1, 12)), sizes_bad, 0.12),
        "hidden_size": pick(lambda: str(rng.randint(1, 12)), sizes_bad, 0.12),
        "num_layers": pick(lambda: str(rng.randint(1, 5)), ["0", "-1", "1.5", "2.0"]),
        "nonlinearity": rng.choice(["tanh", "relu"]),
        "bias": rng.random() < 0.7,
        "bidirectional": rng.random() < 0.5,
        "batch_first": rng.random() < 0.4,
        "seq_len": pick(lambda: str(rng.randint(1, 8)), ["0", "-2", "2.5"]),
        "batch": pick(lambda: str(rng.randint(0, 4)), ["-1", "1.5"]),
        "unbatched": rng.random() < 0.25,
    }
    hidden = config["hidden_size"]
    if module == "LSTM":
        positive = re.fullmatch(r"\d+", hidden) and int(hidden) > 1
        good = (lambda: str(rng.randint(1, int(hidden) - 1))) if positive else (lambda: "0")
        config["proj_size"] = rng.choice(["0", "0", good(), good(), "0.0", ""]) if rng.random() > 0.2 else \
            rng.choice([hidden, str(py_value(hidden) + 3), "-1", "2.5", "3.0"])
    else:
        config["proj_size"] = rng.choice(["0", "0", "0", "", "3", "0.0"])
    return config
