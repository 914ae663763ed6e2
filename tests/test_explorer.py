"""The shape explorer (docs/explorer.md, docs/assets/explorer.js) against real torch.

Hundreds of seeded random configurations go through the page in Chromium, a share of them typed
into the fields; everything the page displays (shapes, parameter names and shapes, total, or
the error next to a field) must equal what torch gives for the same arguments
(tests/explorer_truth.py). A sample of the generated programs is run and must print exactly
the displayed lines, and the drawing's marks must be where torch puts output and h_n.
"""

import json
import random
import re
import subprocess
import sys
from urllib.parse import parse_qs, urlparse

import pytest
import torch
from axe_playwright_python.sync_playwright import Axe

from tests.doc_examples import SNIPPETS
from tests.explorer_truth import (DEFAULT, MODULES, build, is_cell, last_steps_of_each_layer, memory_figures,
                                  random_config, totals, truth)

SEED = 20250613
COUNT = 320
TYPED_EVERY = 20         # every 20th configuration is typed into the fields, the rest set through the page's API
NUMBERS = ["input_size", "hidden_size", "num_layers", "proj_size", "seq_len", "batch"]
FLAGS = ["bias", "bidirectional", "batch_first"]
# CPU builds say so for LSTM with proj_size; the page shows shapes, not this build-specific notice.
KNOWN_WARNING = "UserWarning: LSTM with projections is not supported with oneDNN"
pytestmark = [pytest.mark.browser,
              pytest.mark.filterwarnings("ignore:LSTM with projections is not supported with oneDNN:UserWarning")]
RUNNER = """
import contextlib, io, json, sys, warnings
results = []
for program in json.load(sys.stdin):
    out = io.StringIO()
    with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(out):
        warnings.simplefilter("always")
        try:
            exec(compile(program, "<explorer program>", "exec"), {"__name__": "__main__"})
        except Exception as error:
            print("uncaught", type(error).__name__ + ":", error)
    results.append((out.getvalue(), [f"{w.category.__name__}: {w.message}" for w in caught]))
print(json.dumps(results))
"""



@pytest.fixture(scope="module")
def shared_page(browser, site_url):
    page = browser.new_context(permissions=["clipboard-read", "clipboard-write"]).new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    yield page
    page.context.close()


@pytest.fixture
def page(shared_page, site_url):
    """The English explorer in its starting state; no script error may happen meanwhile."""
    shared_page.errors.clear()
    shared_page.goto(site_url + "explorer/")
    shared_page.wait_for_function("window.rnnExplorer && window.rnnExplorer.snapshot()")
    yield shared_page
    assert not shared_page.errors, shared_page.errors



def snapshot(page):
    return page.evaluate("window.rnnExplorer.snapshot()")


def set_config(page, config):
    return page.evaluate("config => window.rnnExplorer.set(config)", config)


def type_config(page, config, sequentially=False):
    """Enter a configuration the way a reader does: choose, type, tick (only enabled fields)."""
    page.select_option("#rx-module", "LSTM")       # every sequence-module field open
    page.set_checked("#rx-unbatched", False)
    for name in NUMBERS:
        field = page.locator(f"#rx-{name}")
        if sequentially:
            field.fill("")
            field.press_sequentially(config[name])
        else:
            field.fill(config[name])
    for name in FLAGS:
        page.set_checked(f"#rx-{name}", config[name])
    page.select_option("#rx-module", config["module"])
    if config["module"] in ("RNN", "RNNCell"):
        page.select_option("#rx-nonlinearity", config["nonlinearity"])
    page.set_checked("#rx-unbatched", config["unbatched"])
    return snapshot(page)


def compare(config, shown, expected):
    """Failure text, or None when the page shows what torch gives."""
    if "error" in expected:
        if shown["error"] is None or shown["error"]["text"] != expected["error"] or shown["shapes"] is not None:
            return f"{config}\n  torch: {expected['error']}\n  page:  {shown['error']} / shapes {shown['shapes']}"
        return None
    if shown["error"] is not None:
        return f"{config}\n  torch: valid\n  page:  {shown['error']}"
    for key in ("shapes", "parameters"):
        if shown[key] != expected[key]:
            return f"{config}\n  {key}, torch: {expected[key]}\n  {key}, page:  {shown[key]}"
    return memory_problem(config, shown["memory"], expected["memory"])


# how the memory note names the element size and the dtype torch reports, per language
BYTES_EACH = {"": "{element_size} bytes each in {dtype}", "zh/": "{dtype} 下每个参数 {element_size} 字节"}


def memory_problem(config, note, expected, language=""):
    """The note under the byte count gives torch's bytes in the units expected (decimal, then
    binary), says which unit is which, and names the element size and dtype torch reports."""
    figures = [figure for figure, _ in expected["figures"]]
    if re.findall(r"\d+\.\d [kKMGT]i?B", note) != figures or not all(d in note for _, d in expected["figures"]) \
            or (figures and BYTES_EACH[language].format(**expected) not in note) \
            or (not figures and note):
        return f"{config}\n  memory, torch: {expected}\n  memory, page:  {note!r}"
    return None


def _configs():
    rng = random.Random(SEED)
    return [random_config(rng) for _ in range(COUNT)]


def test_random_configurations_show_what_torch_gives(page, one_thread):
    configs = _configs()
    typed = {i for i in range(COUNT) if i % TYPED_EVERY == 0}
    # one round trip for the configurations set through the API; the typed ones one by one
    batch = page.evaluate("configs => configs.map(c => window.rnnExplorer.set(c))",
                          [c for i, c in enumerate(configs) if i not in typed])
    shown_all, rest = [], iter(batch)
    for i, config in enumerate(configs):
        shown_all.append(type_config(page, config, sequentially=i % (4 * TYPED_EVERY) == 0) if i in typed
                         else next(rest))
    failures, invalid, modules, drawings, with_torch, noted = [], 0, set(), 0, 0, 0
    for i, (config, shown) in enumerate(zip(configs, shown_all)):
        expected = truth(config)
        invalid += "error" in expected
        noted += "error" not in expected and bool(expected["memory"]["figures"])
        modules.add((config["module"], "error" in expected))
        failure = compare(config, shown, expected)
        if failure:
            failures.append(("typed: " if i in typed else "") + failure)
        elif "error" not in expected and not is_cell(config["module"]):
            # h_n against torch needs non-empty states that differ from step to step (ReLU can
            # give zeros) and reruns the layers one by one: every other such drawing suffices
            eligible = ((config["module"] != "RNN" or config["nonlinearity"] == "tanh")
                        and (config["unbatched"] or config["batch"] != "0"))
            drawings += eligible
            rerun = eligible and drawings % 2 == 1
            with_torch += rerun
            failures.extend(check_drawing(config, shown["drawing"], expected, rerun))
    assert not failures, f"{len(failures)} of {COUNT} configurations differ:\n" + "\n".join(failures[:10])
    # the draw covers what it should: every module valid and invalid, a good share of invalid ones
    assert modules == {(m, bad) for m in MODULES for bad in (False, True)}
    assert 0.3 * COUNT < invalid < 0.7 * COUNT, invalid
    assert with_torch >= 20, with_torch
    assert noted >= 20, noted          # enough of them large enough for a kB / KiB figure


def check_drawing(config, drawing, expected, with_torch):
    """output: top layer, every drawn step; h_n[k]: layer k // D at its direction's last step —
    and, with torch, h_n[k] is that layer's output exactly at the drawn step."""
    rnn = expected["rnn"]
    layers, directions, steps = rnn.num_layers, 2 if rnn.bidirectional else 1, expected["x"].shape[
        1 if rnn.batch_first and expected["x"].dim() == 3 else 0]
    problems = []
    cells = drawing["cells"]
    drawn_layers = sorted({c["layer"] for c in cells})
    drawn_steps = sorted({c["t"] for c in cells})
    if len(cells) != len(drawn_layers) * len(drawn_steps) * directions:
        problems.append(f"{config}: the grid is not layers x steps x directions")
    if drawn_layers[-1] != layers - 1 or drawn_layers[0] != 0 or len(drawn_layers) > 4:
        problems.append(f"{config}: drawn layers {drawn_layers} of {layers}")
    if drawn_steps[-1] != steps - 1 or drawn_steps[0] != 0 or len(drawn_steps) > 6:
        problems.append(f"{config}: drawn steps {drawn_steps} of {steps}")
    if (len(drawn_steps) < steps or len(drawn_layers) < layers) != (drawing["note"] is not None):
        problems.append(f"{config}: the note about left-out steps or layers is {drawing['note']!r}")
    output = {(c["layer"], c["t"], c["dir"]) for c in cells if c["output"]}
    if output != {(layers - 1, t, d) for t in drawn_steps for d in ("forward", "backward")[:directions]}:
        problems.append(f"{config}: output marked at {sorted(output)}")
    marked = {int(c["hn"]): c["t"] for c in cells if c["hn"] is not None}
    expected_marks = {layer * directions + d: (steps - 1 if d == 0 else 0)
                      for layer in drawn_layers for d in range(directions)}
    if marked != expected_marks:
        problems.append(f"{config}: h_n marked at {marked}, expected {expected_marks}")
    elif with_torch:
        where = last_steps_of_each_layer(config, expected)
        wrong = {k: (t, where[k]) for k, t in marked.items() if where[k] != [t]}
        if wrong:
            problems.append(f"{config}: torch puts these h_n entries elsewhere (drawn, torch): {wrong}")
    return problems


def test_generated_programs_print_what_the_page_shows(page, tmp_path, one_thread):
    rng = random.Random(SEED + 1)
    configs = [random_config(rng) for _ in range(60)]
    valid = [c for c in configs if "error" not in truth(c)][:8] + [
        # counts with digit groups to print: 5,920 and 3,808,800 parameters (15,235,200 bytes)
        DEFAULT, {**DEFAULT, "module": "GRU", "hidden_size": "300", "num_layers": "3", "bidirectional": True}]
    # an error from each statement that can raise: the constructor, the input, the forward call
    invalid = [c for c in configs if "error" in truth(c)][:2] + [
        {**DEFAULT, "module": "LSTMCell", "hidden_size": "2.5"},
        {**DEFAULT, "module": "RNN", "batch_first": True, "seq_len": "2.5"},
        {**DEFAULT, "module": "GRU", "batch": "-1"},
        {**DEFAULT, "module": "LSTM", "seq_len": "0", "proj_size": "3", "bidirectional": True},
    ]
    cases = []
    for config in valid + invalid:
        shown = set_config(page, config)
        assert shown["program"], config
        expected = shown["shapes"] + shown["parameters"] if shown["shapes"] else [shown["error"]["text"]]
        cases.append((config, shown["program"], expected))

    # One fresh interpreter runs every program, each in a namespace of its own, as `python -c`
    # would, importing torch once (that alone takes seconds); it reports stdout and warnings as JSON.
    ran = subprocess.run([sys.executable, "-c", RUNNER], input=json.dumps([p for _, p, _ in cases]),
                         capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert ran.returncode == 0 and not ran.stderr, ran.stderr
    printed = json.loads(ran.stdout)
    failures = [f"{config}\n{program}\nprinted:\n{out}\nwarned: {warned}\nshown:\n" + "\n".join(expected)
                for (config, program, expected), (out, warned) in zip(cases, printed)
                if out.splitlines() != expected or [w for w in warned if not w.startswith(KNOWN_WARNING)]]
    assert not failures, "\n\n".join(failures)


def test_copy_button_copies_the_program(page):
    set_config(page, {"module": "GRUCell", "unbatched": True})
    page.click("button.rx-copy")
    assert page.evaluate("navigator.clipboard.readText()") == snapshot(page)["program"]
    assert page.inner_text("button.rx-copy") == "Copied"


def test_starting_program_is_the_snippet_on_the_page(page):
    # docs/explorer.md shows this snippet and its output, proven by sybil like every other
    assert snapshot(page)["program"] == (SNIPPETS / "explorer/default_configuration.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("module", MODULES)
def test_fields_a_module_does_not_take_are_disabled(page, module):
    shown = set_config(page, {**DEFAULT, "module": module, "proj_size": "0"})
    disabled = {name for name, field in shown["fields"].items() if field["disabled"]}
    expected = {"nonlinearity"} if module in ("LSTM", "GRU") else set()
    if module == "GRU" or module == "RNN":
        expected.add("proj_size")          # open again only while it holds a value torch rejects there
    if is_cell(module):
        expected |= {"num_layers", "proj_size", "bidirectional", "batch_first", "seq_len"}
        if module != "RNNCell":
            expected.add("nonlinearity")
    assert disabled == expected
    shown = set_config(page, {"unbatched": True})
    assert shown["fields"]["batch"]["disabled"]


def test_proj_size_on_gru_shows_torchs_error_and_can_be_cleared(page):
    page.fill("#rx-proj_size", "5")
    page.select_option("#rx-module", "GRU")
    assert snapshot(page)["error"] == {
        "field": "proj_size", "text": "ValueError: proj_size argument is only supported for LSTM, not RNN or GRU"}
    assert page.get_attribute("#rx-proj_size", "aria-invalid") == "true"
    page.fill("#rx-proj_size", "0")
    shown = snapshot(page)
    assert shown["error"] is None and shown["shapes"][2] == "output: (5, 3, 20)"


@pytest.mark.parametrize("language, messages", [
    ("", ("Enter a number.", "Not a number.", "The explorer accepts values from −100000 to 100000 here.")),
    ("zh/", ("请输入一个数。", "这不是数。", "探索器在这里只接受 −100000 到 100000 之间的值。")),
])
def test_what_torch_never_sees_gets_the_explorers_own_message(page, site_url, language, messages):
    page.goto(site_url + language + "explorer/")
    for typed, message in zip(("", "1e", "100001"), messages):
        page.fill("#rx-hidden_size", "")
        page.locator("#rx-hidden_size").press_sequentially(typed)
        shown = snapshot(page)
        assert shown["error"] == {"field": "hidden_size", "text": message}
        assert shown["program"] is None and shown["shapes"] is None


def test_configuration_lives_in_the_address_and_survives_the_language_switch(page, site_url):
    config = {**DEFAULT, "module": "GRU", "bidirectional": True, "batch_first": True, "num_layers": "3",
              "seq_len": "9", "hidden_size": "7"}
    english = set_config(page, config)
    query = parse_qs(urlparse(page.url).query)
    assert query == {"module": ["GRU"], "bidirectional": ["true"], "batch_first": ["true"],
                     "num_layers": ["3"], "seq_len": ["9"], "hidden_size": ["7"]}
    # a link reproduces it
    page.goto(page.url)
    page.wait_for_function("window.rnnExplorer.snapshot()")
    assert snapshot(page)["shapes"] == english["shapes"]
    # the language switch carries it
    page.hover(".md-select")
    page.click('.md-select__link[hreflang="zh"]')
    page.wait_for_function("window.rnnExplorer && window.rnnExplorer.snapshot()")
    assert urlparse(page.url).path.endswith("/zh/explorer/")
    chinese = snapshot(page)
    assert (chinese["shapes"], chinese["parameters"], chinese["program"]) == \
        (english["shapes"], english["parameters"], english["program"])
    assert page.inner_text('label[for="rx-seq_len"]') == "序列长度"
    assert page.inner_text('label[for="rx-unbatched"]') == "无批量维度的输入"
    set_config(page, {"hidden_size": "8"})
    assert "hidden_size=8" in page.get_attribute('.md-select__link[hreflang="en"]', "href")


def test_every_control_is_labelled_and_reachable_by_keyboard(page):
    for name in ["module"] + NUMBERS + ["nonlinearity", "bias", "bidirectional", "batch_first", "unbatched"]:
        assert page.locator(f'label[for="rx-{name}"]').count() == 1, name
    page.focus("#rx-module")
    page.keyboard.press("ArrowDown")         # LSTM -> GRU
    page.keyboard.press("Tab")               # input_size
    page.keyboard.press("Control+a")
    page.keyboard.type("10.5")
    shown = snapshot(page)
    assert shown["fields"]["module"]["value"] == "GRU"
    assert shown["error"] == {"field": "input_size", "text": "TypeError: input_size should be of type int, got: float"}
    assert page.get_attribute("#rx-input_size-msg", "aria-live") == "polite"
    assert "rx-input_size-msg" in page.get_attribute("#rx-input_size", "aria-describedby")


def test_no_serious_accessibility_problem_in_the_explorer(page):
    # the site-wide browser test checks the starting state; these are the others, in both palettes
    axe, problems = Axe(), []
    for scheme, config in (("slate", {"module": "GRU", "bidirectional": True, "num_layers": "9", "seq_len": "12"}),
                           ("default", {"module": "RNN", "proj_size": "4"}),
                           ("slate", {"module": "LSTMCell", "hidden_size": ""})):
        page.evaluate("scheme => document.body.setAttribute('data-md-color-scheme', scheme)", scheme)
        set_config(page, {**DEFAULT, **config})
        for v in axe.run(page, context="#rnn-explorer").response["violations"]:
            problems.append(f"{config}: {v['id']} ({v['impact']}): {v['help']} {[n['target'] for n in v['nodes']][:3]}")
    assert not problems, "\n".join(problems)


# ---------- large counts, memory ----------

@pytest.mark.parametrize("language", ["", "zh/"])
def test_large_counts_are_grouped_with_the_memory_they_need(page, site_url, language):
    """120,005,600,000 parameters, not 120005600000, and the bytes torch's element sizes add up
    to (the module is built on torch's meta device: 480 GB would not fit here)."""
    page.goto(site_url + language + "explorer/")
    config = {**DEFAULT, "hidden_size": "100000"}
    shown = set_config(page, config)
    module = build(config, device="meta")
    assert shown["parameters"][-2:] == totals(module) == ["total: 120,005,600,000", "float32: 480,022,400,000 bytes"]
    expected = memory_figures(module)
    assert [f for f, _ in expected["figures"]] == ["480.0 GB", "447.1 GiB"]
    assert memory_problem(config, shown["memory"], expected, language) is None
    assert "120,005,600,000" in shown["glance"] and "480.0 GB" in shown["glance"]


def test_memory_figures_round_half_to_even_on_the_exact_byte_count(page):
    """Ties and unit boundaries no configuration is likely to reach, against the same rule in
    Python on exact fractions (1.15 GB is a tie that float arithmetic gets wrong)."""
    from tests.explorer_truth import BINARY_UNITS, DECIMAL_UNITS, in_units
    counts = [0, 999, 1000, 1023, 1024, 1050, 1150, 1250, 999_949, 999_950, 1_150_000_000, 1_250_000_000,
              2**30 * 5 // 4, 2**30 * 7 // 4, 2**30 * 1023, 2**40 * 1000, 10**15]
    rng = random.Random(SEED + 2)
    counts += [rng.randrange(10 ** rng.randint(3, 14)) for _ in range(200)]
    shown = page.evaluate("counts => counts.map(n => window.rnnExplorer.units(n))", [str(n) for n in counts])
    expected = [[f and f[0] for f in (in_units(n, DECIMAL_UNITS), in_units(n, BINARY_UNITS))] for n in counts]
    assert dict(zip(counts, shown)) == dict(zip(counts, expected))


# ---------- the program, highlighted ----------

PROGRAM_TOKENS = """() => [...document.getElementById("rx-program").childNodes]
    .map(n => [n.nodeType === 1 ? n.className : "", n.textContent])"""


def pygments_classes(program):
    """Each character's Pygments class (pymdownx.highlight's lexer, as for the site's blocks)."""
    from pygments.lexers import PythonLexer
    from pygments.token import STANDARD_TYPES
    return "".join(text for _, text in PythonLexer().get_tokens(program)), [
        STANDARD_TYPES.get(token, "") for token, text in PythonLexer().get_tokens(program) for _ in text]


def test_program_is_highlighted_as_pygments_highlights_it(page):
    """Every non-blank character of the generated program carries the class Pygments gives it,
    over programs of every module, valid and failing at each statement."""
    rng = random.Random(SEED + 3)
    configs = [DEFAULT] + [random_config(rng) for _ in range(60)]
    failures, seen = [], set()
    for config in configs:
        shown = set_config(page, config)
        if shown["program"] is None:
            continue
        tokens = page.evaluate(PROGRAM_TOKENS)
        text = "".join(t for _, t in tokens)
        assert text == shown["program"]                  # the spans add nothing to what is copied
        mine = [cls for cls, t in tokens for _ in t]
        lexed, theirs = pygments_classes(text)
        assert lexed.rstrip("\n") == text.rstrip("\n")
        wrong = [(i, text[i], mine[i], theirs[i]) for i in range(len(text))
                 if not text[i].isspace() and mine[i] != theirs[i]]
        if wrong:
            i = wrong[0][0]
            failures.append(f"{config}: {len(wrong)} characters, first at {text[max(0, i - 30):i + 10]!r}: "
                            f"{wrong[:3]} (index, char, explorer, pygments)")
        seen |= set(mine)
    assert not failures, "\n".join(failures[:5])
    # the sample reaches every kind of token the generator writes
    assert {"kn", "nn", "n", "o", "p", "mi", "mf", "s1", "s2", "sa", "si", "c1", "nb", "ne", "k", "ow", "kc",
            "vm"} <= seen, seen


COLOURS = """() => {
  const colour = (root, cls) => { const e = root.querySelector("." + cls); return e && getComputedStyle(e).color; };
  const site = document.querySelector("article div.language-python.highlight pre > code");
  const mine = document.getElementById("rx-program");
  const classes = new Set([...mine.querySelectorAll("span")].map(s => s.className));
  const look = e => { const s = getComputedStyle(e); return [s.backgroundColor, s.fontFamily, s.fontSize, s.lineHeight]; };
  return {look: look(mine), siteLook: look(site),
          classes: Object.fromEntries([...classes].map(c => [c, [colour(mine, c), colour(site, c)]]))};
}"""


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_program_is_coloured_like_the_sites_code_blocks(page, scheme):
    """Each token class has the colour the page's own code block (the starting program, the same
    text) gives it, in the light and the dark palette, on the same background in the same type;
    names, numbers, strings, keywords and comments differ."""
    # material fades colours over .25 s, longer on a busy machine: compare the end state only
    page.add_style_tag(content="*, *::before { transition: none !important; }")
    page.evaluate("scheme => document.body.setAttribute('data-md-color-scheme', scheme)", scheme)
    seen = page.evaluate(COLOURS)
    assert seen["look"] == seen["siteLook"]        # background, font, size, line height
    differ = {cls: pair for cls, pair in seen["classes"].items() if pair[1] is not None and pair[0] != pair[1]}
    assert not differ, differ
    compared = {cls for cls, pair in seen["classes"].items() if pair[1] is not None}
    assert {"kn", "n", "mi", "s2", "nb", "c1"} <= compared, compared
    assert len({seen["classes"][c][0] for c in ("kn", "n", "mi", "s2", "c1")}) == 5, seen["classes"]


# ---------- results in view ----------

def explorer_at(browser, site_url, size, language=""):
    context = browser.new_context(viewport=dict(zip(("width", "height"), size)))
    page = context.new_page()
    page.goto(site_url + language + "explorer/")
    page.wait_for_function("window.rnnExplorer && window.rnnExplorer.snapshot()")
    return page


IN_VIEW = """selector => {
  const e = document.querySelector(selector), r = e.getBoundingClientRect();
  const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
  const top = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height, 20) / 2);
  return {inside: r.height > 0 && r.top >= header - 1 && r.bottom <= innerHeight + 1,
          uncovered: !!top && e.contains(top), top: r.top, bottom: r.bottom, scrollY};
}"""
# Each field's change, in an order that keeps the configuration valid but the last: every one
# changes what the summary shows.
CHANGES = [("input_size", "12"), ("hidden_size", "24"), ("num_layers", "3"), ("proj_size", "5"),
           ("bias", False), ("bidirectional", True), ("batch_first", True), ("seq_len", "7"),
           ("batch", "4"), ("unbatched", True), ("module", "GRU")]


def change(page, name, value):
    field = page.locator(f"#rx-{name}")
    if isinstance(value, bool):
        field.set_checked(value)
    elif name == "module":
        field.select_option(value)
    else:
        field.fill(value)
        field.press("End")


@pytest.mark.parametrize("language", ["", "zh/"])
def test_desktop_every_change_shows_without_scrolling(browser, site_url, language):
    """At 1280 x 900, after the reader brings a field into view and changes it, the summary of what
    changed (shapes and totals, or torch's error) is on screen, uncovered, without scrolling."""
    page = explorer_at(browser, site_url, (1280, 900), language)
    try:
        for name, value in CHANGES:
            page.locator(f"#rx-{name}").scroll_into_view_if_needed()
            before, y = snapshot(page), page.evaluate("scrollY")
            change(page, name, value)
            after = snapshot(page)
            assert page.evaluate("scrollY") == y, name
            assert (after["shapes"], after["parameters"], after["status"]) != \
                (before["shapes"], before["parameters"], before["status"]), name
            for selector in (("#rx-shapes", "#rx-totals") if after["shapes"] else (".rx-status",)):
                seen = page.evaluate(IN_VIEW, selector)
                assert seen["inside"] and seen["uncovered"], (name, selector, seen)
        assert after["error"]["field"] == "proj_size"       # GRU with proj_size: torch's error, in view
    finally:
        page.context.close()


@pytest.mark.parametrize("language", ["", "zh/"])
def test_phone_results_are_in_reach_at_once_and_every_change_shows(browser, site_url, language):
    """At 390 x 844 a glance line is on screen as the page opens, with the main shapes and the
    count, and links to the full summary; each focused field stays above it; each change shows."""
    page = explorer_at(browser, site_url, (390, 844), language)
    try:
        seen = page.evaluate(IN_VIEW, "#rx-glance")
        assert seen["inside"] and seen["uncovered"] and seen["scrollY"] == 0, seen
        glance = snapshot(page)["glance"]
        assert "output: (5, 3, 20)" in glance and "h_n: (2, 3, 20)" in glance and "5,920" in glance, glance
        for name, value in CHANGES:
            page.focus(f"#rx-{name}")
            field = page.evaluate(IN_VIEW, f"#rx-{name}")
            bar = page.evaluate(IN_VIEW, "#rx-glance")
            assert field["inside"] and field["bottom"] <= bar["top"], (name, field, bar)
            before = snapshot(page)["glance"]
            change(page, name, value)
            after = snapshot(page)
            assert after["glance"] != before and page.evaluate(IN_VIEW, "#rx-glance")["inside"], (name, after["glance"])
        assert after["glance"].startswith(after["status"]) and "proj_size" in after["glance"]
        page.evaluate("scrollTo(0, 0)")
        page.click("#rx-glance a")
        seen = page.evaluate(IN_VIEW, "#rx-summary .rx-status")
        assert seen["inside"] and seen["uncovered"], seen
    finally:
        page.context.close()
