/* Shape explorer for nn.RNN, nn.LSTM, nn.GRU and their Cells (docs/explorer.md).

   Plain JavaScript, no dependencies. It runs only where the page has a
   <div id="rnn-explorer"> and is a no-op everywhere else, so it may be loaded on every
   page (extra_javascript) or by the page itself; loading it twice is harmless.

   What it shows is what torch 2.13.0 does, mirrored from torch/nn/modules/rnn.py:
   the order of the constructor's checks, their exact messages, the parameters in
   named_parameters() order, and the shapes of a forward pass. tests/test_explorer.py
   drives it through hundreds of configurations and compares every line with real torch,
   and runs the generated program to check it prints exactly what the page displays.

   Field text becomes a Python value the way the generated program writes it: "10" is the
   int 10, "10.5" or "1e3" a float. Sizes are BigInt, so no count is ever rounded. */
(function () {
  "use strict";
  if (window.rnnExplorer) return;

  var SCRIPT = document.currentScript;
  var LIMIT = { input_size: 100000n, hidden_size: 100000n, proj_size: 100000n,
                seq_len: 100000n, batch: 100000n, num_layers: 100n };
  var MODULES = ["RNN", "LSTM", "GRU", "RNNCell", "LSTMCell", "GRUCell"];
  var NUMBERS = ["input_size", "hidden_size", "num_layers", "proj_size", "seq_len", "batch"];
  var FLAGS = ["bias", "bidirectional", "batch_first", "unbatched"];
  var DEFAULTS = { module: "LSTM", input_size: "10", hidden_size: "20", num_layers: "2",
                   proj_size: "0", nonlinearity: "tanh", bias: true, bidirectional: false,
                   batch_first: false, seq_len: "5", batch: "3", unbatched: false };
  var GATES = { RNN: 1n, LSTM: 4n, GRU: 3n, RNNCell: 1n, LSTMCell: 4n, GRUCell: 3n };
  var MAX_STEPS = 6, MAX_LAYERS = 4;

  var TEXT = {
    en: {
      title: "Shape explorer",
      module: "Module",
      input_size: "input_size", input_size_hint: "features of each step of input",
      hidden_size: "hidden_size", hidden_size_hint: "features of the hidden state",
      num_layers: "num_layers", num_layers_hint: "stacked layers",
      proj_size: "proj_size", proj_size_hint: "LSTM only; 0 = no projection",
      nonlinearity: "nonlinearity", nonlinearity_hint: "RNN and RNNCell only",
      bias: "bias", bidirectional: "bidirectional", batch_first: "batch_first",
      unbatched: "unbatched input", unbatched_hint: "no batch dimension",
      seq_len: "sequence length", seq_len_hint: "time steps in input",
      batch: "batch size", batch_hint: "sequences per batch",
      unused: function (m) { return "not an argument of " + m; },
      constructor: "Constructor arguments", data: "Input",
      shapes: "Shapes", parameters: "Parameters", drawing: "Layers × time steps",
      parameter_list: "Parameters, in named_parameters() order",
      program: "Python program that prints these shapes and parameters",
      results: "Results", all_results: "All results",
      memory: function (figures) {
        return figures.map(function (f) { return f.figure + " (1 " + f.unit + " = " + f.power + " bytes)"; })
          .join(" or ") + ": the parameters alone, 4 bytes each in float32.";
      },
      bytes: function (n) { return n + " bytes"; },
      glance: function (shapes, total, size) { return shapes + " · " + total + " parameters, " + size; },
      copy: "Copy", copied: "Copied",
      torch_raises: function (e) { return "torch raises: " + e; },
      program_raises: "Python program that prints this error",
      fix_field: "Fix the highlighted field to see shapes and a program.",
      required: "Enter a number.", not_a_number: "Not a number.",
      limit: function (n) { return "The explorer accepts values from −" + n + " to " + n + " here."; },
      ignored_unbatched: "ignored for unbatched input",
      one_step: "a cell takes one time step per call",
      layer: function (l) { return "layer " + l; },
      step: function (t) { return "t=" + t; },
      cell_box: "cell",
      output_label: "output",
      legend_out: "filled: the cells whose hidden states make up output (top layer, every time step)",
      legend_hn: function (lstm) {
        return "thick border: the cells that make up h_n" + (lstm ? " and c_n" : "") +
               " (every layer, its last step); the number is the index in h_n";
      },
      legend_fwd: "solid arrows, left to right: forward direction",
      legend_bwd: "dashed boxes and arrows, right to left: backward direction; its last step is t=0",
      legend_cell: function (lstm) {
        return "A cell computes one time step of one layer: it takes input and h" + (lstm ? " and c" : "") +
               ", and returns h'" + (lstm ? " and c'" : "") + ". Loop over the steps yourself.";
      },
      capped: function (ts, L, ls, n) {
        return "Showing " + ts + " of " + L + " time steps and " + ls + " of " + n + " layers (… marks the ones left out).";
      },
      svg_summary: function (d) {
        return "Grid of " + d.n + " layer(s) by " + d.L + " time step(s)" + (d.D === 2 ? ", both directions" : "") +
               ". output: layer " + (d.n - 1) + " at every step. h_n: every layer at its last step (forward t=" + (d.L - 1) +
               (d.D === 2 ? ", backward t=0" : "") + ").";
      },
      cell_summary: "One cell: input and the previous state go in, the new state comes out.",
      box_title: function (l, t, dir, tags) {
        return "layer " + l + ", t=" + t + ", " + (dir ? "backward" : "forward") + (tags.length ? ": " + tags.join(", ") : "");
      }
    },
    zh: {
      title: "形状探索器",
      module: "模块",
      input_size: "input_size", input_size_hint: "input 每个时间步的特征数",
      hidden_size: "hidden_size", hidden_size_hint: "隐藏状态的特征数",
      num_layers: "num_layers", num_layers_hint: "堆叠的层数",
      proj_size: "proj_size", proj_size_hint: "仅 LSTM；0 表示不投影",
      nonlinearity: "nonlinearity", nonlinearity_hint: "仅 RNN 和 RNNCell",
      bias: "bias", bidirectional: "bidirectional", batch_first: "batch_first",
      unbatched: "无批量维度的输入", unbatched_hint: "input 不带批量维度",
      seq_len: "序列长度", seq_len_hint: "input 的时间步数",
      batch: "批量大小", batch_hint: "每批的序列数",
      unused: function (m) { return m + " 没有这个参数"; },
      constructor: "构造参数", data: "输入",
      shapes: "形状", parameters: "参数", drawing: "层 × 时间步",
      parameter_list: "参数列表（按 named_parameters() 的顺序）",
      program: "打印这些形状和参数的 Python 程序",
      results: "结果", all_results: "全部结果",
      memory: function (figures) {
        return figures.map(function (f) { return f.figure + "（1 " + f.unit + " = " + f.power + " 字节）"; })
          .join("或 ") + "：只计参数本身，float32 下每个参数 4 字节。";
      },
      bytes: function (n) { return n + " 字节"; },
      glance: function (shapes, total, size) { return shapes + " · " + total + " 个参数，" + size; },
      copy: "复制", copied: "已复制",
      torch_raises: function (e) { return "torch 报错：" + e; },   // no space after a full-width colon
      program_raises: "打印这个错误的 Python 程序",
      fix_field: "改正标出的字段后，这里会显示形状和程序。",
      required: "请输入一个数。", not_a_number: "这不是数。",
      limit: function (n) { return "探索器在这里只接受 −" + n + " 到 " + n + " 之间的值。"; },
      ignored_unbatched: "输入无批量维度时不起作用",
      one_step: "Cell 每次调用只处理一个时间步",
      layer: function (l) { return "第 " + l + " 层"; },
      step: function (t) { return "t=" + t; },
      cell_box: "cell",
      output_label: "output",
      legend_out: "着色的：组成 output 的格子（最顶层，每个时间步）",
      legend_hn: function (lstm) {
        return "粗边框：组成 h_n" + (lstm ? " 和 c_n" : "") + " 的格子（每一层各自的最后一步）；数字是它在 h_n 中的下标";
      },
      legend_fwd: "实线箭头，从左到右：前向",
      legend_bwd: "虚线方框和箭头，从右到左：反向；反向的最后一步是 t=0",
      legend_cell: function (lstm) {
        return "Cell 只计算一层的一个时间步：接收 input 和 h" + (lstm ? "、c" : "") + "，返回 h'" +
               (lstm ? " 和 c'" : "") + "。时间步上的循环要自己写。";
      },
      capped: function (ts, L, ls, n) {
        return "只画出 " + L + " 个时间步中的 " + ts + " 个、" + n + " 层中的 " + ls + " 层（… 表示省略的部分）。";
      },
      svg_summary: function (d) {
        return d.n + " 层 × " + d.L + " 个时间步的网格" + (d.D === 2 ? "，双向" : "") + "。output：第 " + (d.n - 1) +
               " 层的每个时间步。h_n：每一层的最后一步（前向 t=" + (d.L - 1) + (d.D === 2 ? "，反向 t=0" : "") + "）。";
      },
      cell_summary: "一个 Cell：接收 input 和上一步的状态，返回新的状态。",
      box_title: function (l, t, dir, tags) {
        return "第 " + l + " 层，t=" + t + "，" + (dir ? "反向" : "前向") + (tags.length ? "：" + tags.join("，") : "");
      }
    }
  };

  /* ---------- Python values ---------- */

  // Field text -> {ok, value} where value is {type: "int", v: BigInt, py: "10"} or
  // {type: "float", v: Number, py: "10.5"}; or {ok: false, reason}.
  function parseNumber(text, badInput) {
    text = String(text).trim();
    if (badInput) return { ok: false, reason: "not_a_number" };
    if (text === "") return { ok: false, reason: "required" };
    if (/^[+-]?\d+$/.test(text)) {
      var v = BigInt(text);
      return { ok: true, value: { type: "int", v: v, py: v.toString() } };
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
      var f = Number(text);
      if (!isFinite(f)) return { ok: false, reason: "not_a_number" };
      return { ok: true, value: { type: "float", v: f, py: text.replace(/^\+/, "") } };
    }
    return { ok: false, reason: "not_a_number" };
  }

  function isInt(x) { return x.type === "int"; }
  function abs(v) { return v < 0 ? -v : v; }
  function shapeText(dims) {
    return "(" + dims.join(", ") + (dims.length === 1 ? ",)" : ")");
  }
  function product(dims) { return dims.reduce(function (a, b) { return a * b; }, 1n); }
  function grouped(n) { return n.toString().replace(/\B(?=(\d{3})+$)/g, ","); }   // Python's f"{n:,}"

  // Bytes in the largest unit they fill, to one decimal, rounded half to even on the exact
  // value (BigInt: no float ever rounds it); a figure of 1000.0 or more moves up a unit.
  var DECIMAL = [["kB", 10n ** 3n, "10³"], ["MB", 10n ** 6n, "10⁶"], ["GB", 10n ** 9n, "10⁹"],
                 ["TB", 10n ** 12n, "10¹²"]];
  var BINARY = [["KiB", 2n ** 10n, "2¹⁰"], ["MiB", 2n ** 20n, "2²⁰"], ["GiB", 2n ** 30n, "2³⁰"],
                ["TiB", 2n ** 40n, "2⁴⁰"]];
  function inUnits(bytes, units) {
    var i = units.length - 1;
    while (i >= 0 && bytes < units[i][1]) i--;
    if (i < 0) return null;
    var tenths = tenthsOf(bytes, units[i][1]);
    if (tenths >= 10000n && i + 1 < units.length) tenths = tenthsOf(bytes, units[++i][1]);
    return { figure: (tenths / 10n) + "." + (tenths % 10n) + " " + units[i][0], unit: units[i][0], power: units[i][2] };
  }
  function tenthsOf(bytes, unit) {
    var tenths = bytes * 10n / unit, twice = 2n * (bytes * 10n % unit);
    return twice > unit || (twice === unit && tenths % 2n === 1n) ? tenths + 1n : tenths;
  }


  function TorchError(type, message, field) {
    this.type = type; this.message = message; this.field = field;
  }

  // torch.randn / torch.zeros / torch.empty with a tuple of sizes: the argument parser
  // checks each element's type, then the tensor factory rejects negative sizes.
  // elems: [{value, field}]
  function checkSizes(fn, elems) {
    for (var i = 0; i < elems.length; i++) {
      var x = elems[i].value;
      if (!isInt(x)) {
        throw new TorchError("TypeError", i === 0
          ? fn + "(): argument 'size' (position 1) must be tuple of ints, but found element of type " + x.type + " at pos 0"
          : fn + "(): argument 'size' failed to unpack the object at pos " + (i + 1) +
            " with error \"type must be tuple of ints,but got " + x.type + "\"", elems[i].field);
      }
    }
    for (var j = 0; j < elems.length; j++) {
      if (elems[j].value.v < 0n) {
        throw new TorchError("RuntimeError", "Trying to create tensor with negative dimension " +
          elems[j].value.v + ": [" + elems.map(function (e) { return e.value.v.toString(); }).join(", ") + "]",
          elems[j].field);
      }
    }
    return elems.map(function (e) { return e.value.v; });
  }

  function times(k, x) {  // Python's k * x for an int k
    return isInt(x) ? { type: "int", v: k * x.v, py: (k * x.v).toString() }
                    : { type: "float", v: Number(k) * x.v, py: String(Number(k) * x.v) };
  }
  function int(v) { return { type: "int", v: v, py: v.toString() }; }

  /* ---------- the model of torch ---------- */

  // The arguments the generated program passes, in torch's signature order.
  function constructorArgs(s) {
    var m = s.module, full = !/Cell$/.test(m), args = [s.input_size.py, s.hidden_size.py];
    if (full && !(isInt(s.num_layers) && s.num_layers.v === 1n)) args.push("num_layers=" + s.num_layers.py);
    if ((m === "RNN" || m === "RNNCell") && s.nonlinearity !== "tanh") args.push("nonlinearity='" + s.nonlinearity + "'");
    if (!s.bias) args.push("bias=False");
    if (full && s.batch_first) args.push("batch_first=True");
    if (full && s.bidirectional) args.push("bidirectional=True");
    if (full && projPassed(s)) args.push("proj_size=" + s.proj_size.py);
    return args;
  }

  function projPassed(s) {
    return !/Cell$/.test(s.module) && !(isInt(s.proj_size) && s.proj_size.v === 0n);
  }

  // Build the module as torch would; returns {params: [[name, dims]]} or throws TorchError.
  function construct(s) {
    var m = s.module;
    if (/Cell$/.test(m)) return constructCell(s);
    if (m !== "LSTM" && projPassed(s)) {
      throw new TorchError("ValueError", "proj_size argument is only supported for LSTM, not RNN or GRU", "proj_size");
    }
    ["input_size", "hidden_size"].forEach(function (name) {
      var x = s[name];
      if (!isInt(x)) throw new TorchError("TypeError", name + " should be of type int, got: " + x.type, name);
      if (x.v <= 0n) throw new TorchError("ValueError", name + " must be greater than zero", name);
    });
    if (s.num_layers.v <= 0) throw new TorchError("ValueError", "num_layers must be greater than zero", "num_layers");
    var proj = projPassed(s) ? s.proj_size : int(0n);
    if (proj.v < 0) {
      throw new TorchError("ValueError", "proj_size should be a positive integer or zero to disable projections", "proj_size");
    }
    if (proj.v >= s.hidden_size.v) {
      throw new TorchError("ValueError", "proj_size has to be smaller than hidden_size", "proj_size");
    }
    if (!isInt(s.num_layers)) {   // range(num_layers)
      throw new TorchError("TypeError", "'float' object cannot be interpreted as an integer", "num_layers");
    }
    var H = s.hidden_size.v, gate = GATES[m] * H, D = s.bidirectional ? 2n : 1n;
    var realHidden = proj.v > 0 ? proj : s.hidden_size;   // proj_size=0.0 counts as 0
    var params = [];
    for (var l = 0n; l < s.num_layers.v; l++) {
      for (var d = 0n; d < D; d++) {
        var inSize = l === 0n ? s.input_size : times(D, realHidden);
        var suffix = "_l" + l + (d === 1n ? "_reverse" : "");
        var rows = { value: int(gate) };
        params.push(["weight_ih" + suffix, checkSizes("empty", [rows, { value: inSize, field: "input_size" }])]);
        params.push(["weight_hh" + suffix, checkSizes("empty", [rows, { value: realHidden, field: "proj_size" }])]);
        if (s.bias) {
          params.push(["bias_ih" + suffix, [gate]]);
          params.push(["bias_hh" + suffix, [gate]]);
        }
        if (proj.v > 0) params.push(["weight_hr" + suffix, [proj.v, H]]);
      }
    }
    return { params: params, D: D, Hout: realHidden.v, H: H };
  }

  // RNNCellBase checks nothing: torch.empty((chunks * hidden_size, input_size)) does.
  function constructCell(s) {
    var rows = times(GATES[s.module], s.hidden_size);
    var ih = checkSizes("empty", [{ value: rows, field: "hidden_size" }, { value: s.input_size, field: "input_size" }]);
    var hh = checkSizes("empty", [{ value: rows, field: "hidden_size" }, { value: s.hidden_size, field: "hidden_size" }]);
    var params = [["weight_ih", ih], ["weight_hh", hh]];
    if (s.bias) params.push(["bias_ih", [rows.v]], ["bias_hh", [rows.v]]);
    return { params: params, D: 1n, Hout: s.hidden_size.v, H: s.hidden_size.v };
  }

  // The forward pass: shapes of what goes in and comes out, or the TorchError it raises.
  function run(s, built) {
    var m = s.module, lstm = /^LSTM/.test(m), L = s.seq_len, N = s.batch;
    var Hin = { value: s.input_size, field: "input_size" };
    var lines = [];
    if (/Cell$/.test(m)) {
      var x = checkSizes("randn", s.unbatched ? [Hin] : [{ value: N, field: "batch" }, Hin]);
      var state = s.unbatched ? [built.H] : [x[0], built.H];
      lines.push(["input", x], ["h", state]);
      if (lstm) lines.push(["c", state]);
      lines.push(["h'", state]);
      if (lstm) lines.push(["c'", state]);
      return lines;
    }
    var seq = { value: L, field: "seq_len" }, bat = { value: N, field: "batch" };
    var input = checkSizes("randn", s.unbatched ? [seq, Hin] : s.batch_first ? [bat, seq, Hin] : [seq, bat, Hin]);
    var n = s.num_layers.v, DL = built.D * n, Lv = L.v, Nv = s.unbatched ? null : N.v;
    function withBatch(a, b) { return Nv === null ? [a, b] : [a, Nv, b]; }
    var h0 = withBatch(DL, built.Hout), c0 = withBatch(DL, built.H);
    if (Lv === 0n) throw new TorchError("RuntimeError", "Expected sequence length to be larger than 0 in RNN", "seq_len");
    var out = s.unbatched ? [Lv, built.D * built.Hout]
                          : s.batch_first ? [Nv, Lv, built.D * built.Hout] : [Lv, Nv, built.D * built.Hout];
    lines.push(["input", input], ["h_0", h0]);
    if (lstm) lines.push(["c_0", c0]);
    lines.push(["output", out], ["h_n", h0]);
    if (lstm) lines.push(["c_n", c0]);
    return lines;
  }

  /* ---------- the generated program ---------- */

  function program(s, result) {
    var m = s.module, cell = /Cell$/.test(m), lstm = /^LSTM/.test(m);
    var name = cell ? "cell" : m.toLowerCase();
    var code = ["import torch", "from torch import nn", ""];
    var steps = [];   // [statement lines, stage] : stage says which TorchError it can raise
    steps.push([[name + " = nn." + m + "(" + constructorArgs(s).join(", ") + ")"], "construct"]);
    var x, comment;
    if (cell) {
      x = s.unbatched ? [s.input_size.py] : [s.batch.py, s.input_size.py];
      comment = s.unbatched ? "(input_size,)" : "(batch, input_size)";
    } else if (s.unbatched) {
      x = [s.seq_len.py, s.input_size.py]; comment = "(seq_len, input_size)";
    } else if (s.batch_first) {
      x = [s.batch.py, s.seq_len.py, s.input_size.py]; comment = "(batch, seq_len, input_size)";
    } else {
      x = [s.seq_len.py, s.batch.py, s.input_size.py]; comment = "(seq_len, batch, input_size)";
    }
    steps.push([["x = torch.randn(" + tuple(x) + ")  # " + comment], "input"]);
    if (result.error && (result.error.stage === "construct" || result.error.stage === "input")) {
      return code.concat(wrapFailing(steps, result.error)).join("\n") + "\n";
    }
    var shapes = {};
    (result.shapes || result.partial || []).forEach(function (p) { shapes[p[0]] = p[1]; });
    var forward = [];
    var h = cell ? "h" : "h_0", c = cell ? "c" : "c_0";
    forward.push(h + " = torch.zeros(" + tuple(shapes[h]) + ")");
    if (lstm) forward.push(c + " = torch.zeros(" + tuple(shapes[c]) + ")");
    if (cell) forward.push(lstm ? "h_1, c_1 = cell(x, (h, c))" : "h_1 = cell(x, h)");
    else forward.push(lstm ? "output, (h_n, c_n) = lstm(x, (h_0, c_0))" : "output, h_n = " + name + "(x, h_0)");
    if (result.error) {
      steps.push([forward.slice(0, -1), "none"], [forward.slice(-1), "forward"]);
      return code.concat(wrapFailing(steps, result.error)).join("\n") + "\n";
    }
    code = code.concat(steps[0][0], steps[1][0], forward, [""]);
    var vars = cell ? { "input": "x", "h": "h", "c": "c", "h'": "h_1", "c'": "c_1" }
                    : { "input": "x", "h_0": "h_0", "c_0": "c_0", "output": "output", "h_n": "h_n", "c_n": "c_n" };
    result.shapes.forEach(function (p) {
      code.push("print(" + pyString(p[0] + ":") + ", tuple(" + vars[p[0]] + ".shape))");
    });
    code.push("for name, parameter in " + name + ".named_parameters():",
              "    print(f\"{name}: {tuple(parameter.shape)}\")",
              "parameters = list(" + name + ".parameters())",
              "total = sum(p.numel() for p in parameters)",
              "memory = sum(p.numel() * p.element_size() for p in parameters)",
              "print(f\"total: {total:,}\")",
              "print(f\"float32: {memory:,} bytes\")");
    return code.join("\n") + "\n";
  }

  function tuple(items) {
    items = items.map(String);
    return "(" + items.join(", ") + (items.length === 1 ? ",)" : ")");
  }
  function pyString(text) { return "\"" + text + "\""; }   // labels hold no double quote or backslash

  // Every statement up to the one that raises; that one inside try/except printing the error.
  function wrapFailing(steps, error) {
    var out = [];
    for (var i = 0; i < steps.length; i++) {
      if (steps[i][1] === error.stage) {
        out.push("try:");
        steps[i][0].forEach(function (line) { out.push("    " + line); });
        out.push("except " + error.type + " as error:", "    print(type(error).__name__ + \":\", error)");
        return out;
      }
      out = out.concat(steps[i][0]);
    }
    return out;
  }

  /* ---------- highlighting ---------- */

  // The generated program as [Pygments token class, text] pairs ("" for whitespace), so it is
  // coloured by the same CSS as the site's code blocks (mkdocs-material styles .highlight .kn,
  // .n, .mi, ...). It knows only the Python this file writes; tests/test_explorer.py runs
  // Pygments over generated programs and checks that every character gets Pygments' class.
  var WORDS = { "import": "kn", "from": "kn", "for": "k", "try": "k", "except": "k", "as": "k",
                "in": "ow", "True": "kc", "False": "kc", "None": "kc",
                "print": "nb", "tuple": "nb", "list": "nb", "sum": "nb", "type": "nb", "__name__": "vm" };
  var TOKEN = /(#[^\n]*)|([fF]")|("[^"\n]*"|'[^'\n]*')|((?:\d+\.\d*|\.\d+)(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+)|(\d+)|([A-Za-z_]\w*)|([=+\-*.])|([()[\],:])|(\s+)|(.)/g;

  function highlight(text) {
    var out = [], m, namespace = false, re = new RegExp(TOKEN.source, "g");
    while ((m = re.exec(text))) {
      if (m[2]) { re.lastIndex = fString(text, re.lastIndex, out); continue; }
      var cls = m[1] ? "c1" : m[3] ? (m[3][0] === "'" ? "s1" : "s2") : m[4] ? "mf" : m[5] ? "mi"
              : m[6] ? name(m[6]) : m[7] ? "o" : m[8] ? "p" : "";
      out.push([cls, m[0]]);
    }
    return out;
    // a module name follows `import` at the start of a line and `from`; `from torch import nn`
    // makes nn a plain name, as Pygments has it
    function name(word) {
      var cls = WORDS[word] || (/Error$/.test(word) ? "ne" : namespace ? "nn" : "n");
      namespace = word === "from" || (word === "import" && (out.length === 0 || /\n$/.test(out[out.length - 1][1])));
      return cls;
    }
  }

  // f"text {expression} text {expression:spec}": pushes the tokens, returns the index after it
  function fString(text, i, out) {
    out.push(["sa", text[i - 2]], ["s2", "\""]);
    while (text[i] !== "\"") {
      if (text[i] !== "{") {
        var chunk = /^[^{"]+/.exec(text.slice(i))[0];
        out.push(["s2", chunk]); i += chunk.length; continue;
      }
      var depth = 0, j = i + 1;
      while (depth > 0 || (text[j] !== "}" && text[j] !== ":")) {
        depth += text[j] === "(" || text[j] === "[" ? 1 : text[j] === ")" || text[j] === "]" ? -1 : 0;
        j++;
      }
      out.push(["si", "{"]);
      Array.prototype.push.apply(out, highlight(text.slice(i + 1, j)));
      if (text[j] === ":") {
        var end = text.indexOf("}", j);
        out.push(["si", ":"], ["s2", text.slice(j + 1, end)]);
        j = end;
      }
      out.push(["si", "}"]);
      i = j + 1;
    }
    out.push(["s2", "\""]);
    return i + 1;
  }

  /* ---------- state ---------- */

  function relevant(module, field, values) {
    var full = !/Cell$/.test(module);
    switch (field) {
      case "num_layers": case "bidirectional": case "batch_first": case "seq_len": return full;
      case "proj_size": return full;
      case "nonlinearity": return module === "RNN" || module === "RNNCell";
      case "batch": return !values.unbatched;
      default: return true;
    }
  }

  // Read the form into Python values, or the explorer's own complaint about a field.
  function evaluate(raw) {
    var s = { module: raw.module, nonlinearity: raw.nonlinearity, bias: raw.bias, bidirectional: raw.bidirectional,
              batch_first: raw.batch_first, unbatched: raw.unbatched };
    for (var i = 0; i < NUMBERS.length; i++) {
      var f = NUMBERS[i];
      if (!relevant(raw.module, f, raw)) { s[f] = parseNumber(DEFAULTS[f]).value; continue; }
      var text = raw[f], parsed = parseNumber(text, raw.badInput && raw.badInput[f]);
      if (!parsed.ok && f === "proj_size" && parsed.reason === "required") parsed = parseNumber("0");
      if (!parsed.ok) return { error: { own: true, reason: parsed.reason, field: f } };
      if (abs(parsed.value.v) > LIMIT[f]) return { error: { own: true, reason: "limit", field: f, limit: LIMIT[f] } };
      s[f] = parsed.value;
    }
    var stage = "construct";
    try {
      var built = construct(s);
      stage = "input";
      var shapes = run(s, built);
      return { s: s, shapes: shapes, params: built.params, built: built };
    } catch (e) {
      if (!(e instanceof TorchError)) throw e;
      var result = { s: s, error: { type: e.type, message: e.message, field: e.field,
                                    stage: e.message.indexOf("Expected sequence length") === 0 ? "forward" : stage } };
      if (result.error.stage === "forward") result.partial = partialShapes(s, built);
      return result;
    }
  }

  function partialShapes(s, built) {   // h_0 / c_0 when only the forward call fails
    var DL = built.D * s.num_layers.v, N = s.unbatched ? null : s.batch.v;
    var mk = function (last) { return N === null ? [DL, last] : [DL, N, last]; };
    return [["h_0", mk(built.Hout)], ["c_0", mk(built.H)]];
  }

  /* ---------- the page ---------- */

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var k in attrs || {}) {
      if (k === "text") node.textContent = attrs[k];
      else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) {
        node.setAttribute(k, attrs[k] === true ? "" : attrs[k]);
      }
    }
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }
  var SVGNS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVGNS, tag);
    for (var k in attrs) node.setAttribute(k, attrs[k]);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function Explorer(root) {
    var lang = (root.getAttribute("data-lang") || document.documentElement.lang || "en").slice(0, 2).toLowerCase();
    this.lang = TEXT[lang] ? lang : "en";
    this.t = TEXT[this.lang];
    this.root = root;
    this.build();
    this.load(new URLSearchParams(window.location.search));
  }

  Explorer.prototype.build = function () {
    var t = this.t, self = this;
    this.fields = {};
    this.msgs = {};
    this.hints = {};
    function field(name, control, hint) {
      control.id = "rx-" + name;
      control.setAttribute("aria-describedby", "rx-" + name + "-hint rx-" + name + "-msg");
      self.fields[name] = control;
      var label = el("label", { "for": control.id, text: t[name] });
      var isBox = control.type === "checkbox";
      var hintNode = el("span", { "class": "rx-hint", id: "rx-" + name + "-hint", text: hint || "" });
      self.hints[name] = { node: hintNode, text: hint || "" };
      var msg = el("span", { "class": "rx-msg", id: "rx-" + name + "-msg", "aria-live": "polite" });
      self.msgs[name] = msg;
      return el("div", { "class": "rx-field" + (isBox ? " rx-check" : ""), "data-field": name },
                isBox ? [el("div", {}, [control, label]), hintNode, msg] : [label, control, hintNode, msg]);
    }
    function number(name) {
      var input = el("input", { type: "number", step: "1", inputmode: "numeric", autocomplete: "off" });
      return field(name, input, t[name + "_hint"]);
    }
    function check(name) { return field(name, el("input", { type: "checkbox" }), t[name + "_hint"]); }
    function select(name, options, hint) {
      var node = el("select", {}, options.map(function (o) { return el("option", { value: o, text: o }); }));
      return field(name, node, hint);
    }
    var form = el("form", { "class": "rx-form", novalidate: true }, [
      el("fieldset", {}, [el("legend", { text: t.constructor }),
        select("module", MODULES), number("input_size"), number("hidden_size"), number("num_layers"),
        number("proj_size"), select("nonlinearity", ["tanh", "relu"], t.nonlinearity_hint),
        check("bias"), check("bidirectional"), check("batch_first")]),
      el("fieldset", {}, [el("legend", { text: t.data }), number("seq_len"), number("batch"), check("unbatched")])
    ]);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("input", function (e) { self.changed(e.target); });
    form.addEventListener("change", function (e) { self.changed(e.target); });

    this.status = el("div", { "class": "rx-status" });   // the field's own message is the live one
    // tabindex: a long list scrolls, and a scrolling region must be reachable by keyboard
    this.shapes = el("pre", { "class": "rx-print", id: "rx-shapes", tabindex: "0" });
    this.totals = el("pre", { "class": "rx-print", id: "rx-totals" });
    this.memory = el("p", { "class": "rx-note", id: "rx-memory" });
    this.params = el("pre", { "class": "rx-print", id: "rx-params", tabindex: "0" });
    this.figure = el("div", { "class": "rx-figure", id: "rx-figure" });
    // A <pre> without <code>: material's own copy button stays away; ours is beside the title.
    // The class "highlight" lets material's Pygments colours reach the token spans.
    this.code = el("pre", { "class": "rx-program highlight", id: "rx-program", tabindex: "0" });
    var copy = el("button", { type: "button", "class": "rx-copy", text: t.copy });
    copy.addEventListener("click", function () { self.copy(copy); });
    this.programTitle = el("p", { "class": "rx-title", id: "rx-program-title", text: t.program });
    this.results = el("div", { "class": "rx-results" }, [
      el("div", { "class": "rx-block", id: "rx-shapes-block" },
         [el("p", { "class": "rx-title", text: t.shapes }), this.shapes]),
      el("div", { "class": "rx-block", id: "rx-totals-block" },
         [el("p", { "class": "rx-title", text: t.parameters }), this.totals, this.memory])
    ]);
    this.paramsBlock = el("div", { "class": "rx-block", id: "rx-params-block" },
                          [el("p", { "class": "rx-title", text: t.parameter_list }), this.params]);
    // The summary sits beside the form where there is room (explorer.css), so each change shows
    // where the reader is looking; it is short enough to stay on screen beside any field (the
    // parameter list comes after). Where there is no room, a one-line glance stays at the bottom
    // of the screen while the form is on it, with a link to the summary below the form.
    this.summary = el("div", { "class": "rx-summary", id: "rx-summary", role: "region", "aria-label": t.results },
                      [this.status, this.results]);
    this.glanceText = el("span", { "class": "rx-glance-text" });
    this.glance = el("div", { "class": "rx-glance", id: "rx-glance" },
                     [this.glanceText, el("a", { href: "#rx-summary", text: t.all_results })]);
    this.programBlock = el("div", { "class": "rx-block", id: "rx-program-block" },
      [el("div", { "class": "rx-program-head" }, [this.programTitle, copy]),
       this.code]);
    this.root.textContent = "";
    this.root.classList.add("rx-ready");
    this.root.appendChild(el("div", { "class": "rx-layout" }, [form, this.glance, this.summary]));
    this.figureBlock = el("div", { "class": "rx-block", id: "rx-figure-block" },
                          [el("p", { "class": "rx-title", text: t.drawing }), this.figure]);
    this.root.appendChild(this.paramsBlock);
    this.root.appendChild(this.figureBlock);
    this.root.appendChild(this.programBlock);
  };

  Explorer.prototype.raw = function () {
    var f = this.fields, raw = { badInput: {} };
    raw.module = f.module.value;
    raw.nonlinearity = f.nonlinearity.value;
    FLAGS.forEach(function (k) { raw[k] = f[k].checked; });
    NUMBERS.forEach(function (k) { raw[k] = f[k].value; raw.badInput[k] = f[k].validity.badInput; });
    return raw;
  };

  // Apply a config (strings for numbers, booleans or "true"/"false" for flags).
  Explorer.prototype.apply = function (config) {
    var f = this.fields;
    if (config.module !== undefined && MODULES.indexOf(config.module) >= 0) f.module.value = config.module;
    if (config.nonlinearity === "tanh" || config.nonlinearity === "relu") f.nonlinearity.value = config.nonlinearity;
    FLAGS.forEach(function (k) {
      if (config[k] !== undefined) f[k].checked = config[k] === true || config[k] === "true" || config[k] === "1";
    });
    NUMBERS.forEach(function (k) { if (config[k] !== undefined) f[k].value = String(config[k]); });
  };

  Explorer.prototype.load = function (params) {
    var config = {};
    Object.keys(DEFAULTS).forEach(function (k) { config[k] = DEFAULTS[k]; });
    params.forEach(function (v, k) { if (k in DEFAULTS) config[k] = v; });
    this.apply(config);
    this.relevance(true);
    this.update();
  };

  // Disable what the chosen module does not take. proj_size stays open on RNN/GRU while it
  // holds a value torch would reject there, so the error can be read and the value cleared.
  Explorer.prototype.relevance = function (moduleChanged) {
    var raw = this.raw(), t = this.t, self = this;
    Object.keys(this.fields).forEach(function (name) {
      if (name === "module") return;
      var on = relevant(raw.module, name, raw);
      if (name === "proj_size" && on && raw.module !== "LSTM") {
        var p = parseNumber(raw.proj_size, raw.badInput.proj_size);
        var zero = (p.ok && isInt(p.value) && p.value.v === 0n) || (!p.ok && p.reason === "required");
        on = moduleChanged ? !zero : !self.fields.proj_size.disabled;
      }
      self.fields[name].disabled = !on;
      self.fields[name].closest(".rx-field").classList.toggle("rx-off", !on);
      var hint = self.hints[name];
      var base = hint.text;
      if (!on && name !== "batch") {
        base = t.unused(raw.module) + (name === "proj_size" && /^(RNN|GRU)$/.test(raw.module) ? " (" + t.proj_size_hint + ")" : "");
      }
      if (name === "seq_len" && !on) base = t.one_step;
      if (name === "batch_first" && on && raw.unbatched) base = t.ignored_unbatched;
      hint.node.textContent = base;
    });
  };

  Explorer.prototype.changed = function (target) {
    if (target === this.fields.module || target === this.fields.unbatched) this.relevance(true);
    else this.relevance(false);
    this.update();
  };

  Explorer.prototype.update = function () {
    var raw = this.raw(), result = evaluate(raw), t = this.t, self = this;
    this.result = result;
    NUMBERS.concat(FLAGS, ["module", "nonlinearity"]).forEach(function (name) {
      self.msgs[name].textContent = "";
      self.fields[name].removeAttribute("aria-invalid");
    });
    var error = result.error;
    this.root.classList.toggle("rx-invalid", !!error);
    if (error) {
      var text = error.own ? (error.reason === "limit" ? t.limit(error.limit.toString()) : t[error.reason])
                           : error.type + ": " + error.message;
      this.msgs[error.field].textContent = text;
      this.fields[error.field].setAttribute("aria-invalid", "true");
      this.status.textContent = error.own ? "" : t.torch_raises(text);
      this.status.className = "rx-status" + (error.own ? "" : " rx-error");
      this.results.hidden = true;
      this.paramsBlock.hidden = true;
      this.figureBlock.hidden = true;
      if (error.own) {
        this.status.textContent = t.fix_field;
        this.programBlock.hidden = true;
      } else {
        this.programBlock.hidden = false;
        this.programTitle.textContent = t.program_raises;
        this.showProgram(program(result.s, result));
      }
      this.glanceText.textContent = this.status.textContent;
    } else {
      this.status.textContent = "";
      this.status.className = "rx-status";
      this.results.hidden = false;
      this.paramsBlock.hidden = false;
      this.figureBlock.hidden = false;
      this.programBlock.hidden = false;
      this.programTitle.textContent = t.program;
      var line = function (p) { return p[0] + ": " + shapeText(p[1]); };
      this.shapes.textContent = result.shapes.map(line).join("\n");
      var total = result.params.reduce(function (a, p) { return a + product(p[1]); }, 0n);
      var bytes = 4n * total;    // float32, the default dtype the program builds with
      this.totals.textContent = "total: " + grouped(total) + "\nfloat32: " + grouped(bytes) + " bytes";
      var figures = [inUnits(bytes, DECIMAL), inUnits(bytes, BINARY)].filter(Boolean);
      this.memory.textContent = figures.length ? t.memory(figures) : "";
      this.params.textContent = result.params.map(line).join("\n");
      this.showProgram(program(result.s, result));
      this.draw(result);
      var main = result.shapes.filter(function (p) { return /^(output|h_n|h')$/.test(p[0]); }).map(line);
      this.glanceText.textContent = t.glance(main.join(" · "), grouped(total),
                                             figures.length ? figures[0].figure : t.bytes(grouped(bytes)));
    }
    this.remember(raw);
  };

  // The program as highlighted spans; its text (what Copy copies) is the program itself.
  Explorer.prototype.showProgram = function (text) {
    var code = this.code;
    code.textContent = "";
    highlight(text).forEach(function (token) {
      code.appendChild(token[0] ? el("span", { "class": token[0], text: token[1] }) : document.createTextNode(token[1]));
    });
  };

  /* ---------- URL and language switch ---------- */

  Explorer.prototype.remember = function (raw) {
    var params = new URLSearchParams();
    Object.keys(DEFAULTS).forEach(function (k) {
      var v = raw[k], d = DEFAULTS[k];
      if (typeof d === "boolean") { if (v !== d) params.set(k, v ? "true" : "false"); }
      else if (String(v) !== d) params.set(k, v);
    });
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    try { window.history.replaceState(window.history.state, "", url); } catch (e) { /* file:// */ }
    document.querySelectorAll("a.md-select__link[hreflang]").forEach(function (a) {
      if (!a.hasAttribute("data-rx-href")) a.setAttribute("data-rx-href", a.getAttribute("href").split(/[?#]/)[0]);
      a.setAttribute("href", a.getAttribute("data-rx-href") + (query ? "?" + query : ""));
    });
  };

  Explorer.prototype.copy = function (button) {
    var t = this.t, text = this.code.textContent;
    var done = function () {
      button.textContent = t.copied;
      setTimeout(function () { button.textContent = t.copy; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { selectCode(); });
    } else {
      selectCode();
    }
    var code = this.code;
    function selectCode() {
      var range = document.createRange();
      range.selectNodeContents(code);
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    }
  };

  /* ---------- the drawing ---------- */

  function shown(count, cap) {   // indices to draw, "gap" for the ones left out
    var n = Number(count);
    if (n <= cap) return Array.from({ length: n }, function (_, i) { return i; });
    var head = Array.from({ length: cap - 2 }, function (_, i) { return i; });
    return head.concat(["gap", n - 1]);
  }

  Explorer.prototype.draw = function (result) {
    var s = result.s, t = this.t, fig = this.figure, lstm = /^LSTM/.test(s.module);
    fig.textContent = "";
    if (/Cell$/.test(s.module)) { fig.appendChild(this.drawCell(lstm)); return; }
    var L = Number(s.seq_len.v), n = Number(s.num_layers.v), D = Number(result.built.D);
    var cols = shown(L, MAX_STEPS), rows = shown(n, MAX_LAYERS).reverse();   // top layer first
    var colW = 76, boxW = 52, boxH = 22, dirGap = 6, rowGap = 34, left = 76, top = 34;
    var blockH = D * boxH + (D - 1) * dirGap, gapH = 14;
    var ys = [], yNext = top;      // top of each drawn row; a "gap" row is only a ⋮
    rows.forEach(function (l) { ys.push(yNext); yNext += (l === "gap" ? gapH : blockH) + rowGap; });
    var width = left + cols.length * colW + 8, height = yNext + 30;
    var id = "rx-svg-title";
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height,
                            role: "img", "aria-labelledby": id, "class": "rx-svg" });
    root.appendChild(svg("title", { id: id }, t.svg_summary({ n: n, L: L, D: D })));
    var defs = svg("defs", {});
    ["fwd", "bwd"].forEach(function (k) {
      var marker = svg("marker", { id: "rx-arrow-" + k, viewBox: "0 0 10 10", refX: "9", refY: "5",
                                   markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" });
      marker.appendChild(svg("path", { d: "M0,0 L10,5 L0,10 z", "class": "rx-head rx-" + k }));
      defs.appendChild(marker);
    });
    root.appendChild(defs);
    function cx(c) { return left + c * colW + colW / 2; }
    // column labels (bottom) and row labels (left)
    cols.forEach(function (tt, c) {
      root.appendChild(svg("text", { x: cx(c), y: height - 6, "text-anchor": "middle", "class": "rx-label" },
                           tt === "gap" ? "…" : t.step(tt)));
    });
    rows.forEach(function (l, r) {
      root.appendChild(svg("text", { x: 4, y: ys[r] + (l === "gap" ? gapH : blockH) / 2 + 4, "class": "rx-label" },
                           l === "gap" ? "⋮" : t.layer(l)));
    });
    root.appendChild(svg("text", { x: 4, y: 14, "class": "rx-label" }, t.output_label));
    rows.forEach(function (l, r) {
      if (l === "gap") return;
      var y0 = ys[r];
      cols.forEach(function (tt, c) {
        if (tt === "gap") {
          for (var d = 0; d < D; d++) {
            root.appendChild(svg("text", { x: cx(c), y: y0 + d * (boxH + dirGap) + boxH / 2 + 4,
                                           "text-anchor": "middle", "class": "rx-label" }, "…"));
          }
          return;
        }
        for (var dir = 0; dir < D; dir++) {
          var y = y0 + dir * (boxH + dirGap), x = cx(c) - boxW / 2;
          var isOut = l === n - 1, isHn = tt === (dir === 0 ? L - 1 : 0);
          var tags = [];
          if (isOut) tags.push("output");
          if (isHn) tags.push("h_n[" + (l * D + dir) + "]" + (lstm ? ", c_n[" + (l * D + dir) + "]" : ""));
          var kind = "rx-cell" + (dir ? " rx-bwd" : " rx-fwd") + (isOut ? " rx-out" : "") + (isHn ? " rx-hn" : "");
          var g = svg("g", { "class": kind,
                             "data-layer": l, "data-t": tt, "data-dir": dir ? "backward" : "forward",
                             "data-output": isOut ? "true" : "false", "data-hn": isHn ? String(l * D + dir) : "" });
          g.appendChild(svg("title", {}, t.box_title(l, tt, dir, tags)));
          g.appendChild(svg("rect", { x: x, y: y, width: boxW, height: boxH, rx: 4, "class": "rx-box" }));
          g.appendChild(svg("text", { x: cx(c), y: y + boxH / 2 + 4, "text-anchor": "middle", "class": "rx-box-text" },
                            isHn ? "[" + (l * D + dir) + "]" : (dir ? "←" : "→")));
          root.appendChild(g);
          // recurrence to the next drawn step
          var next = c + (dir ? -1 : 1);
          if (next >= 0 && next < cols.length && !(dir === 0 && c === cols.length - 1)) {
            var x1 = dir ? x : x + boxW, x2 = dir ? cx(next) + boxW / 2 : cx(next) - boxW / 2;
            if (cols[next] === "gap") x2 = dir ? cx(next) + 10 : cx(next) - 10;
            root.appendChild(svg("line", { x1: x1, y1: y + boxH / 2, x2: x2 + (dir ? 2 : -2), y2: y + boxH / 2,
                                           "class": "rx-edge rx-" + (dir ? "bwd" : "fwd"),
                                           "marker-end": cols[next] === "gap" ? "" : "url(#rx-arrow-" + (dir ? "bwd" : "fwd") + ")"
                                         }));
          }
          if (cols[c - 1] === "gap" && dir === 0) {
            root.appendChild(svg("line", { x1: cx(c - 1) + 10, y1: y + boxH / 2, x2: x - 2, y2: y + boxH / 2,
                                           "class": "rx-edge rx-fwd", "marker-end": "url(#rx-arrow-fwd)" }));
          }
          if (cols[c + 1] === "gap" && dir === 1) {
            root.appendChild(svg("line", { x1: cx(c + 1) - 10, y1: y + boxH / 2, x2: x + boxW + 2, y2: y + boxH / 2,
                                           "class": "rx-edge rx-bwd", "marker-end": "url(#rx-arrow-bwd)" }));
          }
        }
        // upward: into this block from below (the input, the layer under it, or across the
        // left-out layers), and out of the top layer
        var acrossGap = rows[r + 1] === "gap";
        var from = acrossGap ? ys[r + 2] - 4 : y0 + blockH + rowGap - 4;
        root.appendChild(svg("line", { x1: cx(c), y1: from, x2: cx(c), y2: y0 + blockH + 2,
                                       "class": "rx-edge rx-up" + (acrossGap ? " rx-dots" : ""),
                                       "marker-end": "url(#rx-arrow-fwd)" }));
        if (r === 0) {
          root.appendChild(svg("line", { x1: cx(c), y1: y0 - 2, x2: cx(c), y2: y0 - rowGap + 18,
                                         "class": "rx-edge rx-up", "marker-end": "url(#rx-arrow-fwd)" }));
        }
      });
    });
    fig.appendChild(root);
    var drawnSteps = cols.filter(function (c) { return c !== "gap"; }).length;
    var drawnLayers = rows.filter(function (c) { return c !== "gap"; }).length;
    if (drawnSteps < L || drawnLayers < n) {
      fig.appendChild(el("p", { "class": "rx-note", id: "rx-capped", text: t.capped(drawnSteps, L, drawnLayers, n) }));
    }
    var legend = el("ul", { "class": "rx-legend" }, [
      legendItem("rx-out", t.legend_out), legendItem("rx-hn", t.legend_hn(lstm)), legendItem("rx-fwd", t.legend_fwd)]);
    if (D === 2) legend.appendChild(legendItem("rx-bwd", t.legend_bwd));
    fig.appendChild(legend);
  };

  function legendItem(kind, text) {
    var icon = svg("svg", { width: 22, height: 14, viewBox: "0 0 22 14", "aria-hidden": "true", "class": "rx-svg" });
    var g = svg("g", { "class": "rx-cell " + (kind === "rx-bwd" ? "rx-bwd" : "rx-fwd") + (kind === "rx-out" ? " rx-out" : "") +
                                (kind === "rx-hn" ? " rx-hn" : "") });
    g.appendChild(svg("rect", { x: 2, y: 2, width: 18, height: 10, rx: 2, "class": "rx-box" }));
    icon.appendChild(g);
    return el("li", {}, [icon, document.createTextNode(" " + text)]);
  }

  Explorer.prototype.drawCell = function (lstm) {
    var t = this.t, wrap = el("div", {});
    var root = svg("svg", { viewBox: "0 0 260 120", width: 260, height: 120, role: "img",
                            "aria-labelledby": "rx-svg-title", "class": "rx-svg" });
    root.appendChild(svg("title", { id: "rx-svg-title" }, t.cell_summary));
    var defs = svg("defs", {}), marker = svg("marker", { id: "rx-arrow-fwd", viewBox: "0 0 10 10", refX: "9", refY: "5",
                                                          markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" });
    marker.appendChild(svg("path", { d: "M0,0 L10,5 L0,10 z", "class": "rx-head rx-fwd" }));
    defs.appendChild(marker);
    root.appendChild(defs);
    var g = svg("g", { "class": "rx-cell rx-fwd rx-out rx-hn", "data-layer": 0, "data-t": 0, "data-dir": "forward" });
    g.appendChild(svg("rect", { x: 100, y: 30, width: 60, height: 40, rx: 4, "class": "rx-box" }));
    g.appendChild(svg("text", { x: 130, y: 55, "text-anchor": "middle", "class": "rx-box-text" }, t.cell_box));
    root.appendChild(g);
    var arrow = function (x1, y1, x2, y2) {
      root.appendChild(svg("line", { x1: x1, y1: y1, x2: x2, y2: y2, "class": "rx-edge rx-fwd",
                                     "marker-end": "url(#rx-arrow-fwd)" }));
    };
    arrow(40, 50, 98, 50); arrow(162, 50, 220, 50); arrow(130, 108, 130, 72);
    root.appendChild(svg("text", { x: 34, y: 54, "text-anchor": "end", "class": "rx-label" }, lstm ? "h, c" : "h"));
    root.appendChild(svg("text", { x: 226, y: 54, "class": "rx-label" }, lstm ? "h', c'" : "h'"));
    root.appendChild(svg("text", { x: 138, y: 104, "class": "rx-label" }, "input"));
    wrap.appendChild(root);
    wrap.appendChild(el("p", { "class": "rx-note", text: t.legend_cell(lstm) }));
    return wrap;
  };

  /* ---------- start ---------- */

  function stylesheet() {
    if (!SCRIPT || !SCRIPT.src) return;
    var href = new URL("explorer.css", SCRIPT.src).href;
    var present = Array.prototype.some.call(document.querySelectorAll("link[rel=stylesheet]"), function (l) {
      return l.href === href;
    });
    if (!present) document.head.appendChild(el("link", { rel: "stylesheet", href: href }));
  }

  var explorer = null;
  function start() {
    var root = document.getElementById("rnn-explorer");
    if (!root || explorer) return;
    stylesheet();
    explorer = new Explorer(root);
  }

  // A small API for tests and curious readers: set a configuration, read what is displayed.
  window.rnnExplorer = {
    set: function (config) {
      if (!explorer) return null;
      explorer.apply(config);
      explorer.relevance("module" in config || "unbatched" in config || "proj_size" in config);
      explorer.update();
      return this.snapshot();
    },
    snapshot: function () {
      if (!explorer) return null;
      var e = explorer, lines = function (node) { return node.textContent ? node.textContent.split("\n") : []; };
      var err = null;
      Object.keys(e.msgs).forEach(function (k) { if (e.msgs[k].textContent) err = { field: k, text: e.msgs[k].textContent }; });
      var fields = {};
      Object.keys(e.fields).forEach(function (k) {
        var f = e.fields[k];
        fields[k] = { value: f.type === "checkbox" ? f.checked : f.value, disabled: f.disabled };
      });
      var valid = !e.results.hidden;
      var cells = Array.prototype.map.call(e.figure.querySelectorAll("g.rx-cell[data-layer]"), function (g) {
        return { layer: Number(g.getAttribute("data-layer")), t: Number(g.getAttribute("data-t")),
                 dir: g.getAttribute("data-dir"), output: g.classList.contains("rx-out"),
                 hn: g.classList.contains("rx-hn") ? g.getAttribute("data-hn") : null };
      });
      var note = e.figure.querySelector("#rx-capped");
      return {
        drawing: valid ? { cells: cells, note: note ? note.textContent : null } : null,
        error: err,
        status: e.status.textContent,
        shapes: valid ? lines(e.shapes) : null,
        parameters: valid ? lines(e.params).concat(lines(e.totals)) : null,
        memory: valid ? e.memory.textContent : null,
        glance: e.glanceText.textContent,
        program: e.programBlock.hidden ? null : e.code.textContent,
        fields: fields,
        query: window.location.search
      };
    },
    // a byte count (decimal text) in the units the memory note uses: [decimal, binary], null below 1 kB / 1 KiB
    units: function (bytes) {
      return [DECIMAL, BINARY].map(function (u) { var f = inUnits(BigInt(bytes), u); return f && f.figure; });
    },
    defaults: DEFAULTS
  };

  // The page loads this script right after the explorer's <div>: build it at once, before the
  // first paint, so the text below never moves (a layout shift of 0.24-0.33 when it waited).
  if (document.getElementById("rnn-explorer")) start();
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
