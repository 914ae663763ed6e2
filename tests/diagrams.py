"""The site's diagrams, kept as source: ``python -m tests.diagrams`` writes ``docs/diagrams/*.svg``.

Four diagrams, each in English and Chinese (``<name>.en.svg`` / ``<name>.zh.svg``): the layers x time
grid of a unidirectional and of a bidirectional stack (which cells ``output`` and ``h_n`` hold), an
LSTM cell and a GRU cell, labelled with the symbols of the equations on their pages.

The SVGs are inlined into the pages (pymdownx.snippets inside a ``<figure>``), so each one has no XML
declaration, an accessible name from its own ``<title>`` and ``<desc>`` (ids unique per diagram and
language), colours from mkdocs-material's CSS custom properties (legible in the light and the dark
palette, with a fallback for a standalone file) and no reference to anything outside itself.
Arrowheads are drawn as paths, not markers, so a diagram needs no ids beyond its title and desc.

The grids draw their cells from ``Grid.output_cells()`` and ``Grid.h_n_cells()`` and record them on
each cell (``data-cell``, ``data-output``, ``data-h-n``); ``tests/test_diagrams.py`` checks those
records against the tensors torch returns.
"""

import math
import re
import sys
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent.parent / "docs" / "diagrams"
LANGS = ("en", "zh")
WIDTH = 720
SVG_NS = "http://www.w3.org/2000/svg"

# Colours: mkdocs-material's custom properties, each with a light-palette fallback. The code
# highlighting colours change with the palette and keep >= 4.5:1 against both backgrounds.
FG = "var(--md-default-fg-color, rgba(0, 0, 0, 0.87))"
FG_LIGHT = "var(--md-default-fg-color--light, rgba(0, 0, 0, 0.54))"
FG_LIGHTEST = "var(--md-default-fg-color--lightest, rgba(0, 0, 0, 0.07))"
BG = "var(--md-default-bg-color, #fff)"
OUTPUT = "var(--md-code-hl-keyword-color, #3f6ec6)"    # blue: light #3f6ec6, dark #6791e0
FINAL = "var(--md-code-hl-number-color, #d52a2a)"      # red: light #d52a2a, dark #e6695b

# One stylesheet, identical in every diagram, so several diagrams on one page agree.
STYLE = f"""
.rnn-diagram text {{ fill: {FG}; font-family: inherit; font-size: 14px; }}
.rnn-diagram .code {{ font-family: var(--md-code-font-family, monospace); font-size: 13px; }}
.rnn-diagram .math {{ font-family: "Times New Roman", Times, serif; font-size: 18px; }}
.rnn-diagram .mi {{ font-style: italic; }}
.rnn-diagram .s {{ font-size: 13px; }}
.rnn-diagram .small {{ font-size: 13px; }}
.rnn-diagram .out-label {{ fill: {OUTPUT}; }}
.rnn-diagram .final-label {{ fill: {FINAL}; }}
.rnn-diagram .line {{ fill: none; stroke: {FG}; stroke-width: 1.5; }}
.rnn-diagram .arrow {{ fill: {FG}; stroke: {FG}; stroke-width: 1.5; stroke-linejoin: round; }}
.rnn-diagram .arrow.out {{ fill: {OUTPUT}; stroke: {OUTPUT}; }}
.rnn-diagram .arrow.final {{ fill: {FINAL}; stroke: {FINAL}; }}
.rnn-diagram .body {{ fill: {FG_LIGHTEST}; stroke: {FG_LIGHT}; stroke-width: 1.5; }}
.rnn-diagram .pair {{ fill: none; stroke: {FG_LIGHT}; stroke-width: 1.5; stroke-dasharray: 4 3; }}
.rnn-diagram .box {{ fill: {BG}; stroke: {FG}; stroke-width: 1.5; }}
.rnn-diagram .box.optional {{ stroke-dasharray: 5 4; }}
.rnn-diagram .node {{ fill: {BG}; stroke: {FG}; stroke-width: 1.5; }}
.rnn-diagram .dot {{ fill: {FG}; }}
.rnn-diagram .cell {{ fill: {BG}; stroke: {FG_LIGHT}; stroke-width: 1.5; }}
.rnn-diagram .cell.out {{ fill: {OUTPUT}; fill-opacity: 0.22; stroke: {OUTPUT}; }}
.rnn-diagram .cell.final {{ stroke: {FINAL}; stroke-width: 4; }}
""".strip()


# ---------------------------------------------------------------- rich text

_CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")
_RICH = re.compile(r"\$([^$]+)\$|`([^`]+)`")
_SCRIPT = re.compile(r"([_^])(\{[^}]*\}|.)")
_ITALIC = re.compile(r"(tanh)|([A-Za-z]+)")
SUB, SUP = 5, -8   # baseline shifts of sub- and superscripts


def rich(text):
    """Split a label into spans: plain text, $math$ (TeX-like _sub and ^sup) and `code`.

    Returns (string, classes, level) tuples; level 0 is the baseline, SUB/SUP shifted.
    """
    spans, pos = [], 0
    for match in _RICH.finditer(text):
        if match.start() > pos:
            spans.append((text[pos:match.start()], "", 0))
        if match.group(1) is not None:
            spans.extend(_math(match.group(1)))
        else:
            spans.append((match.group(2), "code", 0))
        pos = match.end()
    if pos < len(text):
        spans.append((text[pos:], "", 0))
    return spans


def _math(source):
    spans, pos = [], 0
    for match in _SCRIPT.finditer(source):
        spans.extend(_math_tokens(source[pos:match.start()], 0))
        body = match.group(2).removeprefix("{").removesuffix("}")
        spans.extend(_math_tokens(body, SUB if match.group(1) == "_" else SUP))
        pos = match.end()
    spans.extend(_math_tokens(source[pos:], 0))
    return spans


def _math_tokens(source, level):
    """Letters italic (but not tanh), everything else upright; all in the math font."""
    size = " s" if level else ""
    spans, pos = [], 0
    for match in _ITALIC.finditer(source):
        if match.start() > pos:
            spans.append((source[pos:match.start()], "math" + size, level))
        spans.append((match.group(0), ("math" if match.group(1) else "math mi") + size, level))
        pos = match.end()
    if pos < len(source):
        spans.append((source[pos:], "math" + size, level))
    return spans


def text_width(text, size=14):
    """A generous estimate of a label's width: CJK 1em, code 0.62em, other 0.56em (sizes as in STYLE)."""
    width = 0.0
    for string, classes, level in rich(text):
        em = 13 if ("code" in classes or " s" in classes) else 18 if "math" in classes else size
        for char in string:
            width += em * (1.0 if _CJK.match(char) else 0.62 if "code" in classes else 0.56)
    return width


def _tspans(text):
    """The label as tspans; (markup, True) when it is all math, so the math class goes on the text."""
    spans = rich(text)
    all_math = all(classes.startswith("math") for _, classes, _ in spans)
    out, level = [], 0
    for string, classes, new_level in spans:
        if all_math:
            classes = classes.removeprefix("math").strip()
        attrs = f' class="{classes}"' if classes else ""
        if new_level != level:
            attrs += f' dy="{new_level - level}"'
            level = new_level
        out.append(f"<tspan{attrs}>{escape(string)}</tspan>" if attrs else escape(string))
    return "".join(out), all_math


# ---------------------------------------------------------------- canvas

def num(value):
    value = round(value, 1)
    return str(int(value)) if value == int(value) else str(value)


class Canvas:
    """Collects one SVG's elements, one per line, in drawing order."""

    def __init__(self, name, lang, height, title, desc):
        self.name, self.lang, self.height = name, lang, height
        self.title, self.desc = title, desc
        self.lines = []

    def add(self, element):
        self.lines.append(element)

    def rect(self, cx, cy, w, h, cls, rx=6, data=None):
        extra = "".join(f' data-{key}="{value}"' for key, value in (data or {}).items())
        self.add(f'<rect class="{cls}" x="{num(cx - w / 2)}" y="{num(cy - h / 2)}" width="{num(w)}" '
                 f'height="{num(h)}" rx="{num(rx)}"{extra}/>')

    def circle(self, cx, cy, r, cls):
        self.add(f'<circle class="{cls}" cx="{num(cx)}" cy="{num(cy)}" r="{num(r)}"/>')

    def ellipse(self, cx, cy, rx, ry, cls):
        self.add(f'<ellipse class="{cls}" cx="{num(cx)}" cy="{num(cy)}" rx="{num(rx)}" ry="{num(ry)}"/>')

    def path(self, points, cls="line"):
        d = " ".join(f"{'M' if i == 0 else 'L'} {num(x)} {num(y)}" for i, (x, y) in enumerate(points))
        self.add(f'<path class="{cls}" d="{d}"/>')

    def arrow(self, points, cls="arrow", head=8):
        """A line ending in a filled arrowhead, drawn as paths (no marker, so no id to keep unique).

        A straight arrow is one path (its line encloses no area, so the fill only paints the head);
        a bent one draws its line as a separate, unfilled path.
        """
        (x1, y1), (x2, y2) = points[-2], points[-1]
        length = math.hypot(x2 - x1, y2 - y1)
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        bx, by = x2 - ux * head, y2 - uy * head
        wing = head * 0.45
        tip = (f"M {num(x2)} {num(y2)} L {num(bx - uy * wing)} {num(by + ux * wing)}"
               f" L {num(bx + uy * wing)} {num(by - ux * wing)} Z")
        if len(points) > 2:
            self.path(list(points[:-1]) + [(bx, by)])
            self.add(f'<path class="{cls}" d="{tip}"/>')
        else:
            self.add(f'<path class="{cls}" d="M {num(x1)} {num(y1)} L {num(bx)} {num(by)} {tip}"/>')

    def text(self, x, y, label, anchor="middle", cls=""):
        markup, all_math = _tspans(label)
        classes = " ".join(filter(None, [cls, "math" if all_math else ""]))
        attrs = f' class="{classes}"' if classes else ""
        if anchor != "start":
            attrs += f' text-anchor="{anchor}"'
        self.add(f'<text x="{num(x)}" y="{num(y)}"{attrs}>{markup}</text>')

    def times(self, cx, cy, r=12):
        """The element-wise product: a circle with a dot, drawn (no font needs a glyph for it)."""
        self.circle(cx, cy, r, "node")
        self.circle(cx, cy, 2.5, "dot")

    def plus(self, cx, cy, r=12):
        self.circle(cx, cy, r, "node")
        k = r * 0.55
        self.path([(cx - k, cy), (cx + k, cy)])
        self.path([(cx, cy - k), (cx, cy + k)])

    def render(self):
        ident = f"{self.name}-{self.lang}"
        head = (f'<svg xmlns="{SVG_NS}" class="rnn-diagram" viewBox="0 0 {WIDTH} {num(self.height)}" '
                f'width="{WIDTH}" style="max-width: 100%; height: auto" role="img" '
                f'aria-labelledby="{ident}-title {ident}-desc">')
        lines = [head,
                 f'<title id="{ident}-title">{escape(self.title)}</title>',
                 f'<desc id="{ident}-desc">{escape(self.desc)}</desc>',
                 "<style>", STYLE, "</style>"]
        lines += ["  " + line for line in self.lines]
        lines.append("</svg>")
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- the layers x time grids

@dataclass(frozen=True)
class Grid:
    """A stack of recurrent layers unrolled over time: one hidden state per (layer, direction, step)."""

    num_layers: int
    steps: int
    bidirectional: bool

    @property
    def directions(self):
        return 2 if self.bidirectional else 1

    def cells(self):
        return list(product(range(self.num_layers), range(self.directions), range(self.steps)))

    def output_cells(self):
        """cell -> (t, half): `output[t]` holds the top layer at every step, direction d in half d."""
        top = self.num_layers - 1
        return {(top, d, t): (t, d) for d in range(self.directions) for t in range(self.steps)}

    def h_n_cells(self):
        """cell -> i: `h_n[i]` (and `c_n[i]`) is the final step of each layer and direction,
        i = layer * directions + direction; the backward direction ends at t = 0."""
        return {(k, d, self.steps - 1 if d == 0 else 0): k * self.directions + d
                for k in range(self.num_layers) for d in range(self.directions)}


# The sizes of the pages' snippets: output_vs_hn/last_step_equals_top_layer.py, bidirectional/h_n_layer_order.py
UNIDIRECTIONAL = Grid(num_layers=3, steps=4, bidirectional=False)
BIDIRECTIONAL = Grid(num_layers=2, steps=4, bidirectional=True)

GRID_TEXT = {
    "en": {
        "layer": "layer {k}", "top": "layer {k} (top)", "top_note": "(top)",
        "step": "$t$ = {t}", "last": "$t$ = {t} (last)",
        "forward": "forward", "backward": "backward",
        "legend_output": "`output`: top layer, every step",
        "legend_output_bi": "`output[t]`: top layer, forward and backward joined",
        "legend_final": "`h_n`, `c_n`: every layer, last step",
        "legend_final_bi": "`h_n`, `c_n`: every layer and direction, its last step",
        "legend_hidden": "computed, not returned",
        "uni_title": "Which hidden states output and h_n hold: {K} layers, {L} time steps",
        "uni_desc": ("A grid of hidden states, one per layer and time step. Rows are layers 0 to {top}, layer 0 at "
                     "the bottom reading the input x[0] to x[{last}]; columns are time steps 0 to {last}. output is "
                     "the top row: layer {top} at every step, output[0] to output[{last}]. h_n, and c_n for an LSTM, "
                     "is the last column: every layer at step {last}, h_n[0] for layer 0 up to h_n[{top}] for layer "
                     "{top}. They share only the top-right cell: output[{last}] equals h_n[{top}]. The other cells "
                     "are computed but not returned."),
        "bi_title": "Which hidden states output and h_n hold in a bidirectional stack: {K} layers, {L} time steps",
        "bi_desc": ("Each layer has a forward row, which reads steps 0 to {last} left to right, and a backward row, "
                    "which reads them right to left; a layer above reads both rows of the layer below. output[t] "
                    "joins the top layer's forward state (first half) and backward state (second half) at step t. "
                    "h_n has one entry per layer and direction, in the order layer 0 forward, layer 0 backward, "
                    "layer 1 forward, and so on. Each is that direction's last step: step {last} for forward, "
                    "step 0 for backward. So the top layer's backward final state, h_n[{last_bwd}], is the second "
                    "half of output[0], not of output[{last}]."),
    },
    "zh": {
        "layer": "第 {k} 层", "top": "第 {k} 层（顶层）", "top_note": "（顶层）",
        "step": "$t$ = {t}", "last": "$t$ = {t}（最后）",
        "forward": "前向", "backward": "反向",
        "legend_output": "`output`：顶层，每个时间步",
        "legend_output_bi": "`output[t]`：顶层前向与反向拼接",
        "legend_final": "`h_n`、`c_n`：每一层，最后一个时间步",
        "legend_final_bi": "`h_n`、`c_n`：每层每个方向，各自的最后一步",
        "legend_hidden": "算过，但不返回",
        "uni_title": "output 与 h_n 各含哪些隐藏状态：{K} 层，{L} 个时间步",
        "uni_desc": ("隐藏状态的网格，每层每个时间步各一个。行是第 0 到第 {top} 层，"
                     "第 0 层在最下面，读取输入 x[0] 到 x[{last}]；列是时间步 0 到 {last}。"
                     "output 是最上面一行：第 {top} 层在每个时间步的状态，即 output[0] 到 output[{last}]。"
                     "h_n（LSTM 还有 c_n）是最右一列：每一层在时间步 {last} 的状态，"
                     "第 0 层是 h_n[0]，第 {top} 层是 h_n[{top}]。"
                     "两者只共享右上角的格子：output[{last}] 等于 h_n[{top}]。其余格子算过，但不返回。"),
        "bi_title": "双向堆叠时 output 与 h_n 各含哪些隐藏状态：{K} 层，{L} 个时间步",
        "bi_desc": ("每层有一行前向，从左到右读时间步 0 到 {last}；还有一行反向，从右到左读。"
                    "上一层读取下一层的两行。"
                    "output[t] 把顶层在时间步 t 的前向状态（前一半）和反向状态（后一半）拼接起来。"
                    "h_n 每层每个方向各一项，顺序是第 0 层前向、第 0 层反向、第 1 层前向，依此类推；"
                    "每一项是该方向的最后一步：前向是时间步 {last}，反向是时间步 0。"
                    "所以顶层反向的最终状态 h_n[{last_bwd}] 是 output[0] 的后一半，而不是 output[{last}] 的。"),
    },
}


def _cell_data(grid, cell):
    data = {"cell": " ".join(map(str, cell))}
    if cell in grid.output_cells():
        data["output"] = " ".join(map(str, grid.output_cells()[cell]))
    if cell in grid.h_n_cells():
        data["h-n"] = str(grid.h_n_cells()[cell])
    return data


def _cell_class(grid, cell):
    return "cell" + (" out" if cell in grid.output_cells() else "") + (" final" if cell in grid.h_n_cells() else "")


def _legend(c, y, entries, columns=(60, 500)):
    """One row of swatches (a cell drawn with the given class) and their labels, at fixed columns so
    both languages draw the same shapes; raises if a label (estimated generously) runs into the next."""
    ends = list(columns[1:]) + [WIDTH]
    for (cls, label), x, end in zip(entries, columns, ends):
        c.rect(x, y - 5, 26, 18, cls, rx=4)
        c.text(x + 21, y, label, anchor="start")
        if x + 21 + text_width(label) > end - 10:
            raise ValueError(f"legend label too wide for {c.name}.{c.lang}: {label}")


def grid_unidirectional(lang, grid=UNIDIRECTIONAL):
    T = GRID_TEXT[lang]
    K, L = grid.num_layers, grid.steps
    pitch_x, pitch_y, w, h = 112, 84, 76, 44
    x0, y_top = 210, 98                      # centre of the top-left cell
    xs = [x0 + t * pitch_x for t in range(L)]
    ys = {k: y_top + (K - 1 - k) * pitch_y for k in range(K)}   # layer 0 at the bottom
    y_input = ys[0] + h / 2 + 48
    height = y_input + 128
    c = Canvas("grid_unidirectional", lang, height,
               T["uni_title"].format(K=K, L=L),
               T["uni_desc"].format(top=K - 1, last=L - 1))
    for k in range(K):
        c.text(x0 - w / 2 - 18, ys[k] + 5, (T["top"] if k == K - 1 else T["layer"]).format(k=k), anchor="end")
    for t, x in enumerate(xs):
        c.arrow([(x, y_input - 12), (x, ys[0] + h / 2 + 3)])
        c.text(x, y_input + 6, f"`x[{t}]`")
        c.text(x, y_input + 32, (T["last"] if t == L - 1 else T["step"]).format(t=t))
        for k in range(K - 1):
            c.arrow([(x, ys[k] - h / 2 - 3), (x, ys[k + 1] + h / 2 + 3)])
    for k in range(K):
        for t in range(L - 1):
            c.arrow([(xs[t] + w / 2 + 3, ys[k]), (xs[t + 1] - w / 2 - 3, ys[k])])
    for cell in grid.cells():
        k, _, t = cell
        c.rect(xs[t], ys[k], w, h, _cell_class(grid, cell), data=_cell_data(grid, cell))
        c.text(xs[t], ys[k] + 6, f"$h_{t}^{{({k})}}$")
    for (k, _, t), (step, _) in sorted(grid.output_cells().items()):
        c.arrow([(xs[t], ys[k] - h / 2 - 3), (xs[t], ys[k] - h / 2 - 28)], cls="arrow out")
        c.text(xs[t], ys[k] - h / 2 - 36, f"`output[{step}]`", cls="out-label")
    for (k, _, t), index in sorted(grid.h_n_cells().items()):
        c.arrow([(xs[t] + w / 2 + 3, ys[k]), (xs[t] + w / 2 + 30, ys[k])], cls="arrow final")
        c.text(xs[t] + w / 2 + 36, ys[k] + 5, f"`h_n[{index}]`", anchor="start", cls="final-label")
    _legend(c, height - 48, [("cell out", T["legend_output"]), ("cell", T["legend_hidden"])])
    _legend(c, height - 18, [("cell final", T["legend_final"])])
    return c.render()


def grid_bidirectional(lang, grid=BIDIRECTIONAL):
    T = GRID_TEXT[lang]
    K, L, D = grid.num_layers, grid.steps, grid.directions
    top = K - 1
    pitch_x, pitch_y, w, h, gap = 112, 128, 70, 28, 6
    pair_w, pair_h = w + 14, 2 * h + gap + 14
    x0, y_top = 226, 128                     # centre of the top layer's pair at t = 0
    xs = [x0 + t * pitch_x for t in range(L)]
    y_pair = {k: y_top + (K - 1 - k) * pitch_y for k in range(K)}
    row = {d: -(h + gap) / 2 if d == 0 else (h + gap) / 2 for d in range(D)}   # forward above backward
    y_input = y_pair[0] + pair_h / 2 + 46
    height = y_input + 128
    c = Canvas("grid_bidirectional", lang, height,
               T["bi_title"].format(K=K, L=L),
               T["bi_desc"].format(last=L - 1, last_bwd=K * D - 1))
    for k in range(K):
        c.text(20, y_pair[k] - 4 if k == top else y_pair[k] + 5, T["layer"].format(k=k), anchor="start")
        if k == top:
            c.text(20, y_pair[k] + 16, T["top_note"], anchor="start")
    # each direction is labelled where it starts; its h_n entry is where it ends
    for k in range(K):
        c.text(xs[0] - pair_w / 2 - 10, y_pair[k] + row[0] + 5, T["forward"] + " →", anchor="end")
        c.text(xs[-1] + pair_w / 2 + 12, y_pair[k] + row[1] + 5, "← " + T["backward"], anchor="start")
    for t, x in enumerate(xs):
        c.arrow([(x, y_input - 12), (x, y_pair[0] + pair_h / 2 + 3)])
        c.text(x, y_input + 6, f"`x[{t}]`")
        c.text(x, y_input + 32, (T["last"] if t == L - 1 else T["step"]).format(t=t))
        for k in range(K):
            c.rect(x, y_pair[k], pair_w, pair_h, "pair", rx=8)
        for k in range(K - 1):
            c.arrow([(x, y_pair[k] - pair_h / 2 - 3), (x, y_pair[k + 1] + pair_h / 2 + 3)])
    for k in range(K):
        for t in range(L - 1):
            y = y_pair[k] + row[0]
            c.arrow([(xs[t] + w / 2 + 3, y), (xs[t + 1] - w / 2 - 3, y)])
            y = y_pair[k] + row[1]
            c.arrow([(xs[t + 1] - w / 2 - 3, y), (xs[t] + w / 2 + 3, y)])
    for cell in grid.cells():
        k, d, t = cell
        c.rect(xs[t], y_pair[k] + row[d], w, h, _cell_class(grid, cell), rx=5, data=_cell_data(grid, cell))
        c.text(xs[t], y_pair[k] + row[d] + 6, f"$h_{t}^{{({k})}} " + ("→$" if d == 0 else "←$"))
    for t, x in enumerate(xs):
        c.arrow([(x, y_pair[top] - pair_h / 2 - 3), (x, y_pair[top] - pair_h / 2 - 26)], cls="arrow out")
        c.text(x, y_pair[top] - pair_h / 2 - 34, f"`output[{t}]`", cls="out-label")
    for (k, d, t), index in sorted(grid.h_n_cells().items()):
        y = y_pair[k] + row[d]
        if d == 0:
            c.arrow([(xs[t] + w / 2 + 3, y), (xs[t] + pair_w / 2 + 28, y)], cls="arrow final")
            c.text(xs[t] + pair_w / 2 + 34, y + 5, f"`h_n[{index}]`", anchor="start", cls="final-label")
        else:
            c.arrow([(xs[t] - w / 2 - 3, y), (xs[t] - pair_w / 2 - 28, y)], cls="arrow final")
            c.text(xs[t] - pair_w / 2 - 34, y + 5, f"`h_n[{index}]`", anchor="end", cls="final-label")
    _legend(c, height - 48, [("cell out", T["legend_output_bi"]), ("cell", T["legend_hidden"])])
    _legend(c, height - 18, [("cell final", T["legend_final_bi"])])
    return c.render()


# ---------------------------------------------------------------- the cells

CELL_TEXT = {
    "en": {
        "lstm_title": "The LSTM cell: gates iₜ, fₜ, gₜ, oₜ, cell state cₜ and hidden state hₜ",
        "lstm_desc": ("The cell reads xₜ and hₜ₋₁. Four boxes each compute from xₜ and hₜ₋₁: the forget gate fₜ and "
                      "the input gate iₜ (sigmoid), the cell candidate gₜ (tanh) and the output gate oₜ (sigmoid). "
                      "Along the top line the cell state cₜ₋₁ is multiplied element-wise by fₜ, then iₜ ⊙ gₜ is "
                      "added, giving cₜ. The hidden state hₜ is oₜ ⊙ tanh(cₜ), multiplied by Wₕᵣ only when "
                      "proj_size > 0."),
        "lstm_legend": ["$f_t$ forget gate     $i_t$ input gate     $g_t$ cell candidate     $o_t$ output gate",
                        "σ sigmoid     ⊙ element-wise product     each σ and tanh box reads $x_t$ and $h_{t−1}$"],
        "proj": "only if `proj_size` > 0",
        "gru_title": "The GRU cell as torch computes it: gates rₜ and zₜ, candidate nₜ, hidden state hₜ",
        "gru_desc": ("The cell reads xₜ and hₜ₋₁. The reset gate rₜ and the update gate zₜ are sigmoids computed "
                     "from xₜ and hₜ₋₁. The reset gate multiplies Wₕₙ hₜ₋₁ + bₕₙ, the result of the matrix "
                     "product, not hₜ₋₁; Wᵢₙ xₜ + bᵢₙ is added and tanh gives the candidate nₜ. Along the top "
                     "line, hₜ = (1 − zₜ) ⊙ nₜ + zₜ ⊙ hₜ₋₁."),
        "gru_legend": ["$r_t$ reset gate     $z_t$ update gate     $n_t$ candidate hidden state",
                       "σ sigmoid     ⊙ element-wise product     "
                       "$r_t$ multiplies $W_{hn} h_{t−1} + b_{hn}$, not $h_{t−1}$"],
    },
    "zh": {
        "lstm_title": "LSTM 单元：门 iₜ、fₜ、gₜ、oₜ，细胞状态 cₜ，隐藏状态 hₜ",
        "lstm_desc": ("单元读取 xₜ 和 hₜ₋₁。四个方框都由 xₜ 和 hₜ₋₁ 计算："
                      "遗忘门 fₜ 和输入门 iₜ（sigmoid）、候选细胞状态 gₜ（tanh）、输出门 oₜ（sigmoid）。"
                      "沿上方的线，细胞状态 cₜ₋₁ 先与 fₜ 逐元素相乘，再加上 iₜ ⊙ gₜ，得到 cₜ。"
                      "隐藏状态 hₜ 是 oₜ ⊙ tanh(cₜ)；仅当 proj_size > 0 时再乘以 Wₕᵣ。"),
        "lstm_legend": ["$f_t$ 遗忘门     $i_t$ 输入门     $g_t$ 候选细胞状态     $o_t$ 输出门",
                        "σ：sigmoid     ⊙：逐元素乘法     每个 σ 和 tanh 方框都读取 $x_t$ 和 $h_{t−1}$"],
        "proj": "仅当 `proj_size` > 0",
        "gru_title": "torch 计算的 GRU 单元：门 rₜ 和 zₜ，候选隐藏状态 nₜ，隐藏状态 hₜ",
        "gru_desc": ("单元读取 xₜ 和 hₜ₋₁。重置门 rₜ 和更新门 zₜ 都是由 xₜ 和 hₜ₋₁ 算出的 sigmoid。"
                     "重置门乘的是 Wₕₙ hₜ₋₁ + bₕₙ，即矩阵乘法的结果，而不是 hₜ₋₁；"
                     "再加上 Wᵢₙ xₜ + bᵢₙ，经过 tanh 得到候选隐藏状态 nₜ。"
                     "沿上方的线，hₜ = (1 − zₜ) ⊙ nₜ + zₜ ⊙ hₜ₋₁。"),
        "gru_legend": ["$r_t$ 重置门     $z_t$ 更新门     $n_t$ 候选隐藏状态",
                       "σ：sigmoid     ⊙：逐元素乘法     "
                       "$r_t$ 乘的是 $W_{hn} h_{t−1} + b_{hn}$，而不是 $h_{t−1}$"],
    },
}


def _legend_lines(c, y, lines):
    for i, line in enumerate(lines):
        c.text(40, y + i * 26, line.replace("     ", "\u2003\u2003"), anchor="start")


def _gate(c, x, y, label, w=50, h=34):
    c.rect(x, y, w, h, "box", rx=5)
    c.text(x, y + 6, f"${label}$")


def lstm_cell(lang):
    T = CELL_TEXT[lang]
    y_c, y_gate, y_bus, y_mul = 56, 214, 286, 136
    x_x, x_f, x_i, x_g, x_o, x_tanh, x_proj = 100, 170, 250, 330, 430, 530, 606
    r = 12
    c = Canvas("lstm_cell", lang, 484, T["lstm_title"], T["lstm_desc"])
    c.rect(355, 184, 570, 320, "body", rx=14)                        # the cell: x 70 .. 640, y 24 .. 344
    # cell state along the top: c_{t-1} -> (x f_t) -> (+ i_t g_t) -> c_t
    c.path([(20, y_c), (x_f - r, y_c)])
    c.path([(x_f + r, y_c), (x_g - r, y_c)])
    c.arrow([(x_g + r, y_c), (700, y_c)])
    c.text(20, y_c - 10, "$c_{t−1}$", anchor="start")
    c.text(700, y_c - 10, "$c_t$", anchor="end")
    # h_{t-1} and x_t join into the line that feeds the four gates
    c.path([(20, y_bus), (x_o, y_bus)])
    c.text(20, y_bus - 10, "$h_{t−1}$", anchor="start")
    c.path([(x_x, 376), (x_x, y_bus)])
    c.circle(x_x, y_bus, 4, "dot")
    c.text(x_x, 400, "$x_t$")
    for x in (x_f, x_i, x_g, x_o):
        c.arrow([(x, y_bus), (x, y_gate + 17 + 2)])
    _gate(c, x_f, y_gate, "σ")
    _gate(c, x_i, y_gate, "σ")
    _gate(c, x_g, y_gate, "tanh", w=56)
    _gate(c, x_o, y_gate, "σ")
    # gate outputs: f_t to the first product, i_t and g_t to theirs, which is added to the cell state
    c.arrow([(x_f, y_gate - 17), (x_f, y_c + r + 2)])
    c.text(x_f - 8, 144, "$f_t$", anchor="end")
    c.arrow([(x_i, y_gate - 17), (x_i, y_mul), (x_g - r - 2, y_mul)])
    c.text(x_i - 8, 179, "$i_t$", anchor="end")
    c.arrow([(x_g, y_gate - 17), (x_g, y_mul + r + 2)])
    c.text(x_g - 8, 179, "$g_t$", anchor="end")
    c.arrow([(x_g, y_mul - r), (x_g, y_c + r + 2)])
    c.times(x_f, y_c)
    c.plus(x_g, y_c)
    c.times(x_g, y_mul)
    # h_t = o_t * tanh(c_t), then W_hr when proj_size > 0
    c.circle(x_tanh, y_c, 4, "dot")
    c.arrow([(x_tanh, y_c), (x_tanh, y_mul - 14 - 2)])
    c.ellipse(x_tanh, y_mul, 30, 14, "box")
    c.text(x_tanh, y_mul + 6, "$tanh$")
    c.arrow([(x_tanh, y_mul + 14), (x_tanh, y_gate - r - 2)])
    c.arrow([(x_o + 25, y_gate), (x_tanh - r - 2, y_gate)])
    c.text((x_o + 25 + x_tanh - r) / 2, y_gate - 9, "$o_t$")
    c.times(x_tanh, y_gate)
    c.arrow([(x_tanh, y_gate + r), (x_tanh, y_bus), (x_proj - 30 - 2, y_bus)])
    c.rect(x_proj, y_bus, 60, 34, "box optional", rx=5)
    c.text(x_proj, y_bus + 6, "$W_{hr}$")
    c.text(x_proj, y_bus + 42, T["proj"], cls="small")
    c.arrow([(x_proj + 30, y_bus), (700, y_bus)])
    c.text(700, y_bus - 10, "$h_t$", anchor="end")
    _legend_lines(c, 438, T["lstm_legend"])
    return c.render()


def gru_cell(lang):
    T = CELL_TEXT[lang]
    y_h, y_1mz, y_n, y_lin, y_bus, y_gate = 56, 114, 186, 244, 294, 234
    x_down, x_x, x_r, x_z, x_rn, x_add, x_tanh, x_out = 76, 112, 150, 220, 340, 490, 570, 640
    r = 12
    c = Canvas("gru_cell", lang, 484, T["gru_title"], T["gru_desc"])
    c.rect(365, 184, 610, 320, "body", rx=14)                        # the cell: x 60 .. 670, y 24 .. 344
    # h_{t-1} along the top: (x z_t) -> (+ (1 - z_t) n_t) -> h_t
    c.path([(20, y_h), (x_z - r, y_h)])
    c.path([(x_z + r, y_h), (x_out - r, y_h)])
    c.arrow([(x_out + r, y_h), (700, y_h)])
    c.text(20, y_h - 10, "$h_{t−1}$", anchor="start")
    c.text(700, y_h - 10, "$h_t$", anchor="end")
    # h_{t-1} also goes down and joins x_t on the line that feeds the gates
    c.circle(x_down, y_h, 4, "dot")
    c.path([(x_down, y_h), (x_down, y_bus), (x_add, y_bus)])
    c.path([(x_x, 376), (x_x, y_bus)])
    c.circle(x_x, y_bus, 4, "dot")
    c.text(x_x, 400, "$x_t$")
    for x in (x_r, x_z):
        c.arrow([(x, y_bus), (x, y_gate + 17 + 2)])
        _gate(c, x, y_gate, "σ")
    c.arrow([(x_rn, y_bus), (x_rn, y_lin + 17 + 2)])
    c.rect(x_rn, y_lin, 150, 34, "box", rx=5)
    c.text(x_rn, y_lin + 6, "$W_{hn} h_{t−1} + b_{hn}$")
    c.arrow([(x_add, y_bus), (x_add, y_lin + 17 + 2)])
    c.rect(x_add, y_lin, 126, 34, "box", rx=5)
    c.text(x_add, y_lin + 6, "$W_{in} x_t + b_{in}$")
    # r_t multiplies (W_hn h_{t-1} + b_hn), hopping over the z_t line; + (W_in x_t + b_in); tanh gives n_t
    hop = 6
    c.path([(x_r, y_gate - 17), (x_r, y_n), (x_z - hop, y_n)])
    c.add(f'<path class="line" d="M {x_z - hop} {y_n} A {hop} {hop} 0 0 1 {x_z + hop} {y_n}"/>')
    c.arrow([(x_z + hop, y_n), (x_rn - r - 2, y_n)])
    c.text(x_r + 8, y_n - 9, "$r_t$", anchor="start")
    c.arrow([(x_rn, y_lin - 17), (x_rn, y_n + r + 2)])
    c.times(x_rn, y_n)
    c.arrow([(x_rn + r, y_n), (x_add - r - 2, y_n)])
    c.arrow([(x_add, y_lin - 17), (x_add, y_n + r + 2)])
    c.plus(x_add, y_n)
    c.arrow([(x_add + r, y_n), (x_tanh - 28 - 2, y_n)])
    _gate(c, x_tanh, y_n, "tanh", w=56)
    c.arrow([(x_tanh + 28, y_n), (x_out, y_n), (x_out, y_1mz + r + 2)])
    c.text(x_out + 8, 164, "$n_t$", anchor="start")
    # z_t: up to the top line, and as 1 - z_t to the candidate's product
    c.arrow([(x_z, y_gate - 17), (x_z, y_h + r + 2)])
    c.text(x_z - 8, 92, "$z_t$", anchor="end")
    c.circle(x_z, y_1mz, 4, "dot")
    c.arrow([(x_z, y_1mz), (x_out - r - 2, y_1mz)])
    c.text((x_z + x_out) / 2, y_1mz - 9, "$1 − z_t$")
    c.times(x_out, y_1mz)
    c.arrow([(x_out, y_1mz - r), (x_out, y_h + r + 2)])
    c.times(x_z, y_h)
    c.plus(x_out, y_h)
    _legend_lines(c, 438, T["gru_legend"])
    return c.render()


# ---------------------------------------------------------------- files

DIAGRAMS = {
    "grid_unidirectional": grid_unidirectional,
    "grid_bidirectional": grid_bidirectional,
    "lstm_cell": lstm_cell,
    "gru_cell": gru_cell,
}


def generate():
    """{file name: SVG text} for every diagram and language."""
    return {f"{name}.{lang}.svg": draw(lang) for name, draw in DIAGRAMS.items() for lang in LANGS}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for file_name, svg in generate().items():
        path = OUT / file_name
        if not path.is_file() or path.read_text(encoding="utf-8") != svg:
            path.write_text(svg, encoding="utf-8")
            print("wrote", path.relative_to(OUT.parent.parent))
    stale = sorted(p.name for p in OUT.glob("*.svg") if p.name not in generate())
    if stale:
        print("not generated (delete them?):", ", ".join(stale), file=sys.stderr)


if __name__ == "__main__":
    main()
