"""The SVG diagrams (docs/diagrams/, written by tests/diagrams.py): current, inline-ready, bilingual, legible,
and, for the two layers x time grids, true to what torch returns."""

import colorsys
import difflib
import re
import xml.etree.ElementTree as ET
from itertools import combinations
from pathlib import Path

import pytest
import torch
from torch import nn

from tests import diagrams
from tests.diagrams import BIDIRECTIONAL, LANGS, OUT, UNIDIRECTIONAL

NS = {"svg": diagrams.SVG_NS}
GENERATED = diagrams.generate()
FILES = sorted(GENERATED)
MAX_BYTES = 15_000
_CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")


def _root(name):
    return ET.fromstring((OUT / name).read_text(encoding="utf-8"))


def _tag(element):
    return element.tag.removeprefix("{" + diagrams.SVG_NS + "}")


# ---------------------------------------------------------------- the files are the generator's

@pytest.mark.parametrize("name", FILES)
def test_committed_svg_is_what_the_generator_writes(name):
    path = OUT / name
    assert path.is_file(), f"docs/diagrams/{name} is missing: run python -m tests.diagrams"
    committed = path.read_text(encoding="utf-8")
    diff = "".join(difflib.unified_diff(committed.splitlines(True), GENERATED[name].splitlines(True),
                                        f"docs/diagrams/{name}", "tests/diagrams.py", n=1))
    assert committed == GENERATED[name], f"run python -m tests.diagrams; the committed file differs:\n{diff}"


def test_no_svg_without_a_generator():
    stale = sorted(p.name for p in OUT.glob("*.svg") if p.name not in GENERATED)
    assert not stale, f"docs/diagrams/ holds SVGs that tests/diagrams.py does not write: {stale}"


# ---------------------------------------------------------------- inline-ready and self-contained

@pytest.mark.parametrize("name", FILES)
def test_svg_is_ready_to_inline(name):
    text = (OUT / name).read_text(encoding="utf-8")
    assert text.startswith("<svg "), f"{name}: must start with <svg (no XML declaration, nothing before it)"
    assert "\n\n" not in text, f"{name}: a blank line would end the raw HTML block in Markdown"
    assert len(text.encode()) < MAX_BYTES, f"{name}: {len(text.encode())} bytes, keep it under {MAX_BYTES}"
    root = ET.fromstring(text)
    assert _tag(root) == "svg" and root.get("role") == "img"
    assert re.fullmatch(r"0 0 \d+ \d+(\.\d+)?", root.get("viewBox") or ""), f"{name}: viewBox"
    assert root.get("width") and "max-width: 100%" in root.get("style", ""), f"{name}: must shrink with the page"
    title, desc = root.find("svg:title", NS), root.find("svg:desc", NS)
    assert title is not None and desc is not None, f"{name}: needs <title> and <desc>"
    assert len(title.text) > 20 and len(desc.text) > 100, f"{name}: title and desc are the alt text: say something"
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}", f"{name}: aria-labelledby"
    assert list(root)[:2] == [title, desc], f"{name}: <title> and <desc> come first"


@pytest.mark.parametrize("name", FILES)
def test_svg_references_nothing_outside_itself(name):
    text = (OUT / name).read_text(encoding="utf-8")
    root = ET.fromstring(text)
    tags = {_tag(e) for e in root.iter()}
    assert not tags & {"a", "image", "use", "script", "foreignObject", "iframe", "video", "audio"}, tags
    attributes = {key for e in root.iter() for key in e.attrib}
    assert not {key for key in attributes if key.endswith("href") or key.startswith("on")}, attributes
    without_namespace = text.replace(f'xmlns="{diagrams.SVG_NS}"', "", 1)
    for needle in ("http:", "https:", "//", "url(", "@import", "data:"):
        assert needle not in without_namespace, f"{name}: contains {needle!r}"


@pytest.mark.parametrize("name", FILES)
def test_colours_come_from_the_palette_and_text_is_large_enough(name):
    root = _root(name)
    style = root.find("svg:style", NS).text
    for prop, value in re.findall(r"\b(fill|stroke): ([^;]+);", style):
        assert value == "none" or re.fullmatch(r"var\(--md-[\w-]+, [^()]+(\([^()]*\))?\)", value), \
            f"{name}: {prop}: {value} is not a material custom property with a fallback"
    sizes = [float(s) for s in re.findall(r"font-size: ([\d.]+)px", style)]
    assert sizes and min(sizes) >= 12, f"{name}: font sizes {sizes}"
    presentational = {key for e in root.iter() for key in e.attrib
                      if key in ("fill", "stroke", "color", "font-size", "font-family", "stop-color")}
    assert not presentational, f"{name}: styling belongs in the stylesheet, found attributes {presentational}"


def test_ids_are_unique_across_all_diagrams():
    """Several diagrams may share a page: no id may repeat."""
    ids = [e.get("id") for name in FILES for e in _root(name).iter() if e.get("id")]
    assert len(ids) == len(set(ids)) == 2 * len(FILES), sorted(ids)


# ---------------------------------------------------------------- two languages, one drawing

def _shape(root):
    """Everything but the words: tags, classes and geometry of every element, text positions included."""
    skip = {"aria-labelledby", "id"}
    return [(_tag(e), sorted((k, v) for k, v in e.attrib.items() if k not in skip))
            for e in root.iter() if _tag(e) not in ("title", "desc", "style")]


@pytest.mark.parametrize("name", sorted(diagrams.DIAGRAMS))
def test_both_languages_draw_the_same_diagram(name):
    en, zh = (_root(f"{name}.{lang}.svg") for lang in LANGS)
    assert _shape(en) == _shape(zh), f"{name}: the English and Chinese SVGs differ in more than their words"
    assert en.find("svg:style", NS).text == zh.find("svg:style", NS).text
    english_words = "".join(en.itertext())
    chinese_words = "".join(zh.itertext())
    assert not _CJK.search(english_words), f"{name}.en.svg contains Chinese"
    assert _CJK.search(zh.find("svg:title", NS).text) and _CJK.search(zh.find("svg:desc", NS).text)
    assert english_words != chinese_words


# ---------------------------------------------------------------- the grids, against torch

def _drawn_cells(name):
    """{(layer, direction, step): (output position or None, h_n index or None)} as the SVG marks them."""
    cells = {}
    for rect in _root(name).iter(f"{{{diagrams.SVG_NS}}}rect"):
        if rect.get("data-cell") is None:
            continue
        cell = tuple(int(v) for v in rect.get("data-cell").split())
        output = tuple(int(v) for v in rect.get("data-output").split()) if rect.get("data-output") else None
        h_n = int(rect.get("data-h-n")) if rect.get("data-h-n") else None
        assert cell not in cells, f"{name}: cell {cell} drawn twice"
        classes = rect.get("class").split()
        assert ("out" in classes) == (output is not None) and ("final" in classes) == (h_n is not None), \
            f"{name}: cell {cell} is styled differently from what it records"
        cells[cell] = (output, h_n)
    return cells


def _one_layer_states(module, x):
    """{(layer, direction, step): (h, c)}: every hidden (and, for an LSTM, cell) state of the stack.

    Layer k is rerun as a one-layer module carrying the stack's `_l{k}` parameters, on layer k-1's
    output; c at step t is the final c of a run that stops there (forward: x[:t+1], backward: x[t:]).
    """
    H, D = module.hidden_size, 2 if module.bidirectional else 1
    states, inputs = {}, x
    for k in range(module.num_layers):
        one = type(module)(inputs.shape[-1], H, bidirectional=module.bidirectional)
        with torch.no_grad():
            for name, parameter in one.named_parameters():
                parameter.copy_(getattr(module, name.replace("_l0", f"_l{k}")))
        output, _ = one(inputs)
        _check_direction_halves(module, k, inputs, output)
        for d in range(D):
            for t in range(x.shape[0]):
                c = None
                if isinstance(module, nn.LSTM):
                    c = one(inputs[: t + 1] if d == 0 else inputs[t:])[1][1][d]
                states[k, d, t] = (output[t, :, d * H:(d + 1) * H], c)
        inputs = output
    return states


def _check_direction_halves(module, k, inputs, output):
    """Direction 0 reads left to right with `_l{k}`, direction 1 right to left with `_l{k}_reverse`,
    as the diagram's arrows say (a plain one-direction module, on the flipped sequence for backward)."""
    H = module.hidden_size
    for d, suffix in enumerate(["", "_reverse"][: 2 if module.bidirectional else 1]):
        single = type(module)(inputs.shape[-1], H)
        with torch.no_grad():
            for name, parameter in single.named_parameters():
                parameter.copy_(getattr(module, name.replace("_l0", f"_l{k}{suffix}")))
        run, _ = single(inputs if d == 0 else inputs.flip(0))
        run = run if d == 0 else run.flip(0)
        assert torch.allclose(run, output[..., d * H:(d + 1) * H], atol=1e-6), f"layer {k} direction {d}"


@pytest.mark.parametrize("module_type", [nn.RNN, nn.GRU, nn.LSTM], ids=lambda m: m.__name__)
@pytest.mark.parametrize("name, grid", [("grid_unidirectional", UNIDIRECTIONAL),
                                        ("grid_bidirectional", BIDIRECTIONAL)], ids=["uni", "bi"])
def test_grid_marks_exactly_the_states_torch_returns(name, grid, module_type):
    torch.manual_seed(0)
    H, D = 4, grid.directions
    module = module_type(3, H, num_layers=grid.num_layers, bidirectional=grid.bidirectional)
    x = torch.randn(grid.steps, 2, 3)
    output, h_n = module(x)
    h_n, c_n = h_n if isinstance(module, nn.LSTM) else (h_n, None)
    drawn = _drawn_cells(f"{name}.en.svg")
    assert drawn == _drawn_cells(f"{name}.zh.svg")
    assert sorted(drawn) == grid.cells(), f"{name}: every (layer, direction, step) is drawn once"
    assert {cell: o for cell, (o, _) in drawn.items() if o is not None} == grid.output_cells()
    assert {cell: i for cell, (_, i) in drawn.items() if i is not None} == grid.h_n_cells()

    for cell, (h, c) in _one_layer_states(module, x).items():
        in_output = {(t, j) for t in range(grid.steps) for j in range(D)
                     if torch.equal(output[t, :, j * H:(j + 1) * H], h)}
        in_h_n = {i for i in range(len(h_n)) if torch.equal(h_n[i], h)}
        marked_output, marked_h_n = drawn[cell]
        assert in_output == ({marked_output} if marked_output else set()), \
            f"{name}: cell {cell} (layer, direction, step) is in output at {in_output}, drawn at {marked_output}"
        assert in_h_n == ({marked_h_n} if marked_h_n is not None else set()), \
            f"{name}: cell {cell} is h_n{sorted(in_h_n)}, drawn as h_n[{marked_h_n}]"
        if c_n is not None:
            in_c_n = {i for i in range(len(c_n)) if torch.equal(c_n[i], c)}
            assert in_c_n == in_h_n, f"{name}: cell {cell}'s cell state is c_n{sorted(in_c_n)}"


@pytest.mark.parametrize("name, grid", [("grid_unidirectional", UNIDIRECTIONAL),
                                        ("grid_bidirectional", BIDIRECTIONAL)], ids=["uni", "bi"])
def test_grid_labels_name_the_marked_entries(name, grid):
    for lang in LANGS:
        labels = ["".join(t.itertext()) for t in _root(f"{name}.{lang}.svg").iter(f"{{{diagrams.SVG_NS}}}text")]
        expected = ([f"output[{t}]" for t in range(grid.steps)]
                    + [f"h_n[{i}]" for i in range(grid.num_layers * grid.directions)])
        assert sorted(label for label in labels if re.fullmatch(r"(output|h_n)\[\d+\]", label)) == sorted(expected)


# ---------------------------------------------------------------- legible in both palettes

def _material_palettes():
    """{'light' | 'dark': {custom property: value}} from the installed mkdocs-material stylesheets."""
    import material
    sheets = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
    main = next(sheets.glob("main.*.min.css")).read_text()
    palette = next(sheets.glob("palette.*.min.css")).read_text()

    def blocks(css, selector):
        """Custom properties set by every rule whose whole selector is `selector`."""
        bodies = re.findall(r"(?:^|[{}\s])" + re.escape(selector) + r"\{([^}]*)\}", css)
        return {k: v for body in bodies for k, v in re.findall(r"(--md-[\w-]+):([^;}]+)", body)}

    light = {**blocks(main, ":root"), **blocks(main, ":root,[data-md-color-scheme=default]")}
    return {"light": light, "dark": {**light, **blocks(palette, "[data-md-color-scheme=slate]")}}


def _rgba(value, props):
    value = value.strip()
    value = re.sub(r"var\((--md-[\w-]+)\)", lambda m: props[m.group(1)].strip(), value)
    if value.startswith("#"):
        digits = value[1:]
        digits = "".join(ch * 2 for ch in digits) if len(digits) in (3, 4) else digits
        channels = [int(digits[i:i + 2], 16) / 255 for i in range(0, len(digits), 2)]
        return tuple(channels) if len(channels) == 4 else (*channels, 1.0)
    hue, sat, light, alpha = re.fullmatch(r"hsla\(([\d.]+)deg, ?([\d.]+)%, ?([\d.]+)%, ?([\d.]+)\)", value).groups()
    return (*colorsys.hls_to_rgb(float(hue) / 360, float(light) / 100, float(sat) / 100), float(alpha))


def _over(top, bottom, opacity=1.0):
    a = top[3] * opacity
    return tuple(a * t + (1 - a) * b for t, b in zip(top[:3], bottom[:3])) + (1.0,)


def _contrast(one, two):
    def luminance(c):
        return sum(w * (v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
                   for w, v in zip((0.2126, 0.7152, 0.0722), c[:3]))
    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_and_lines_keep_wcag_contrast_in_both_palettes(scheme):
    props = _material_palettes()[scheme]

    def colour(css_var):
        name = re.match(r"var\((--md-[\w-]+)", css_var).group(1)
        return _rgba(props[name], props)

    bg = colour(diagrams.BG)
    assert (sum(bg[:3]) / 3 > 0.9) if scheme == "light" else (sum(bg[:3]) / 3 < 0.2), f"{scheme} palette not read"
    fg = _over(colour(diagrams.FG), bg)
    backgrounds = {"page": bg,
                   "output cell": _over(colour(diagrams.OUTPUT), bg, 0.22),
                   "cell body": _over(colour(diagrams.FG_LIGHTEST), bg)}
    assert re.search(r"\.cell\.out \{[^}]*fill-opacity: 0\.22;", diagrams.STYLE), "keep the test's tint in step"
    for where, behind in backgrounds.items():
        assert _contrast(fg, behind) >= 4.5, f"{scheme}: text on {where}"
    for what in (diagrams.OUTPUT, diagrams.FINAL):     # coloured labels, on the page
        assert _contrast(_over(colour(what), bg), bg) >= 4.5, f"{scheme}: {what} text"
    for what in (diagrams.FG_LIGHT, diagrams.OUTPUT, diagrams.FINAL):   # lines and outlines (non-text, 3:1)
        assert _contrast(_over(colour(what), bg), bg) >= 3, f"{scheme}: {what} lines"


# ---------------------------------------------------------------- labels fit (real text metrics)

@pytest.mark.browser
def test_labels_stay_inside_the_drawing_and_apart(browser):
    """Every label inside the viewBox and no two labels overlapping, measured in headless chromium.
    This machine may have no CJK font, so each CJK character is measured as a W (about 1em, like a
    CJK glyph) instead of a narrow placeholder box."""
    svgs = []
    for name in FILES:
        text = (OUT / name).read_text(encoding="utf-8")
        head, body = text.split("</desc>", 1)
        svgs.append(head + "</desc>" + _CJK.sub("W", body))
    html = ("<!doctype html><html><body style='font-family: Helvetica, Arial, sans-serif; "
            "--md-code-font-family: monospace'>" + "".join(svgs) + "</body></html>")
    script = """svgs => svgs.map(svg => {
        const box = svg.viewBox.baseVal;
        return [...svg.querySelectorAll('text')].map(t => {
            const b = t.getBBox();
            return [t.textContent, b.x, b.y, b.x + b.width, b.y + b.height, box.width, box.height];
        });
    })"""
    page = browser.new_page()      # the session's chromium: a second sync_playwright() would clash
    page.set_content(html)
    measured = page.eval_on_selector_all("svg", script)
    page.close()
    problems = []
    for name, labels in zip(FILES, measured):
        for label, x1, y1, x2, y2, width, height in labels:
            if x1 < 0 or y1 < 0 or x2 > width or y2 > height:
                problems.append(f"{name}: {label!r} leaves the drawing ({x1:.0f}, {y1:.0f}, {x2:.0f}, {y2:.0f})")
        for one, two in combinations(labels, 2):
            if min(one[3], two[3]) - max(one[1], two[1]) > 1 and min(one[4], two[4]) - max(one[2], two[2]) > 1:
                problems.append(f"{name}: {one[0]!r} overlaps {two[0]!r}")
    assert not problems, "\n".join(problems)
