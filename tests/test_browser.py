"""What a reader's browser sees, in headless Debian chromium driven by Playwright."""

import re
import subprocess
import sys
from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.conftest import built_pages
from tests.doc_examples import DOCS, SNIPPETS, normalise

pytestmark = pytest.mark.browser
SERIOUS = {"serious", "critical"}
AXE = Axe()


def _address(site_url, path):
    return site_url + path.removesuffix("index.html")


def _pages_from_sources():
    """Every page the build makes, from docs/ (no built site needed at import): both languages."""
    sources = sorted(p.relative_to(DOCS) for pattern in ("*.md", "*.ipynb") for p in DOCS.rglob(pattern)
                     if not p.stem.endswith(".zh") and "diagrams" not in p.parts)
    stems = [s.with_suffix("").as_posix() for s in sources]
    urls = ["index.html" if stem == "index" else f"{stem}/index.html" for stem in stems]
    return [prefix + url for prefix in ("", "zh/") for url in urls]


PAGES = _pages_from_sources()


def test_the_page_list_is_every_built_page(site_dir):
    """The parametrised per-page checks below cover exactly the pages the build made."""
    assert PAGES and sorted(PAGES) == built_pages(site_dir)


# Pygments token spans (the errors page has ~8,600) made axe's colour-contrast rule most of the
# browser suite's time. A token's colours follow from its class and where its block sits, so on
# each page colour-contrast checks one visible token per (class, ancestry) and skips the others;
# every other element, and every other rule on the tokens, is checked as before.
TOKENS = "pre > span[class], pre > code > span[class]"
SAMPLE_TOKENS = """tokens => {
  const seen = new Set();
  const ancestry = e => e ? `${ancestry(e.parentElement)}>${e.tagName}.${e.className}[${e.getAttribute("style")}]` : "";
  for (const token of document.querySelectorAll(tokens)) {
    const key = ancestry(token), box = token.getBoundingClientRect(), pre = token.closest("pre").getBoundingClientRect();
    const fit = box.width > 0 && box.left >= pre.left && box.right <= pre.right;     // not scrolled out of its block
    if (!seen.has(key) && fit && token.textContent.trim() && token.checkVisibility({visibilityProperty: true}))
      seen.add(key);
    else
      token.dataset.contrastSkipped = "";
  }
  axe.configure({rules: [{id: "color-contrast", selector: "*:not([data-contrast-skipped])"}]});
}"""
# Material fades colours over .25 s: set the dark palette, then wait for every transition it starts.
SWITCH_TO_DARK = """async () => {
  document.body.setAttribute("data-md-color-scheme", "slate");
  getComputedStyle(document.body).color;                           // start the transitions now
  await Promise.all(document.getAnimations().filter(a => a instanceof CSSTransition).map(a => a.finished));
}"""


def _prepare_axe(page):
    """Inject axe once (each AXE.run would inject it again and lose the configuration)."""
    page.evaluate(AXE.axe_script)
    page.evaluate(SAMPLE_TOKENS, TOKENS)


def _axe(page, options):
    return page.evaluate("options => axe.run(document, options)", options)["violations"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_loads_cleanly_offline_and_accessibly(page, site_url, path):
    """No failed request, console error or foreign host; equations drawn; no serious axe violation."""
    problems, requests, errors = [], [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("requestfailed", lambda r: errors.append(f"request failed: {r.url}"))
    page.on("response", lambda r: errors.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    page.on("console", lambda m: errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
    response = page.goto(_address(site_url, path), wait_until="networkidle")
    foreign = [u for u in requests if urlparse(u).scheme in ("http", "https")
               and urlparse(u).hostname != "127.0.0.1"]
    if response.status != 200 or foreign or errors:
        problems.append(f"{path}: status {response.status}, foreign {foreign}, errors {errors}")
    text = page.inner_text("article")
    if "\\(" in text or "\\[" in text or "$$" in text:
        problems.append(f"{path}: raw TeX visible")
    heights = page.eval_on_selector_all("article math", "els => els.map(e => e.getBoundingClientRect().height)")
    if heights and min(heights) <= 0:
        problems.append(f"{path}: an equation is not laid out")
    _prepare_axe(page)
    serious = [f"{v['id']} ({v['impact']}): {v['help']} — {v['nodes'][0]['target']}"
               for v in _axe(page, {"resultTypes": ["violations"]}) if v["impact"] in SERIOUS]
    if serious:
        problems.append(f"{path}: axe: {serious}")
    # the dark palette: only colours change, so axe's colour rules are the ones to run again
    page.evaluate(SWITCH_TO_DARK)
    dark = _axe(page, {"runOnly": ["color-contrast", "link-in-text-block"], "resultTypes": ["violations"]})
    serious = [f"{v['id']} ({v['impact']}): {v['help']} — {v['nodes'][0]['target']} ({len(v['nodes'])} nodes)"
               for v in dark if v["impact"] in SERIOUS]
    if serious:
        problems.append(f"{path}: axe, dark palette: {serious}")
    assert not problems, "\n".join(problems)


CJK = "\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
# Layout shifts as the page loads, summed as Chromium reports them (the CLS of web-vitals).
RECORD_LAYOUT_SHIFTS = """window.__shifts = 0; new PerformanceObserver(list => { for (const e of list.getEntries())
    if (!e.hadRecentInput) window.__shifts += e.value; }).observe({type: "layout-shift", buffered: true});"""
# Laid out for good: web fonts loaded (a late font moves text) and two frames drawn after that,
# so the scripts run on load (the explorer) have rendered. Waiting for the network to go idle as
# well cost ~0.8 s a page and proves nothing about layout (test_every_page_loads_cleanly_... does).
SETTLED = """async () => { await document.fonts.ready;
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame); }"""
LAYOUT = """cjk => {
  const scrolls = c => c.scrollWidth > c.clientWidth + 1;
  const code = [...document.querySelectorAll("article div.language-python pre > code")];
  const text = [...document.querySelectorAll("article div.language-text pre > code")];
  const overlaps = [];
  for (const nav of document.querySelectorAll("article .md-code__nav")) {
    const c = nav.parentElement.querySelector("code"), n = nav.getBoundingClientRect(), r = c.getBoundingClientRect();
    const top = r.top + parseFloat(getComputedStyle(c).paddingTop);   // where the first line of text starts
    if (n.width && n.bottom > top + 1 && n.left < r.right && n.right > r.left) overlaps.push(c.innerText.slice(0, 40));
  }
  const labels = [];
  for (const t of document.querySelectorAll("article svg.rnn-diagram text")) {
    const px = parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a;
    if (t.textContent.trim() && px < 11) labels.push(`${t.textContent.trim()}: ${px.toFixed(1)}px`);
  }
  const spaced = [];
  const gap = new RegExp(`[${cjk}][ \\t\\n]+[${cjk}]`);
  for (const e of document.querySelectorAll("article :is(p, li, td, th, figcaption, h1, h2, h3, h4, dd)")) {
    const m = e.innerText.match(gap);
    if (m) spaced.push(e.innerText.slice(Math.max(0, m.index - 12), m.index + 12));
  }
  const broken = [...document.querySelectorAll("article table code")]    // one word drawn on two lines
    .filter(c => c.getClientRects().length > 1 && !/\\s/.test(c.textContent)).map(c => c.textContent);
  return {code: code.length, broken, codeScrolling: code.filter(scrolls).map(c => c.innerText.split("\\n")[0].slice(0, 40)),
          outputsScrolling: text.filter(scrolls).map(c => c.innerText.slice(0, 60)),
          // the page scrolls sideways: name what sticks out, for the failure message
          pageScrolls: document.documentElement.scrollWidth > innerWidth && ([...document.querySelectorAll("body *")]
            .filter(e => e.getBoundingClientRect().right > innerWidth + 1 && e.checkVisibility())
            .map(e => `${e.tagName}.${e.className} ${e.textContent.slice(0, 30)}`).slice(-3).join("; ") || "?"),
          overlaps, labels, spaced,
          shifts: window.__shifts};
}"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", PAGES)
def test_every_page_shows_outputs_code_and_diagrams_in_full(browser, site_url, path, width):
    """Outputs never scroll sideways; code fits at 1280 px (at most 5% of blocks scroll); the page
    itself never scrolls sideways; the copy button covers no text; diagram labels >= 11 CSS px;
    no space between two Chinese characters; no identifier broken mid-word in a table;
    cumulative layout shift <= 0.1."""
    w, h = WIDTHS[width]
    context = browser.new_context(viewport={"width": w, "height": h})
    try:
        page = context.new_page()
        page.add_init_script(RECORD_LAYOUT_SHIFTS)
        page.goto(_address(site_url, path), wait_until="load")
        page.evaluate(SETTLED)
        seen = page.evaluate(LAYOUT, CJK)
    finally:
        context.close()
    problems = []
    if seen["outputsScrolling"]:
        problems.append(f"Output/Warning blocks scroll sideways: {seen['outputsScrolling']}")
    if width == "desktop" and len(seen["codeScrolling"]) > 0.05 * seen["code"]:
        problems.append(f"{len(seen['codeScrolling'])} of {seen['code']} code blocks scroll: {seen['codeScrolling']}")
    if seen["pageScrolls"]:
        problems.append(f"the page scrolls sideways: {seen['pageScrolls']}")
    if seen["overlaps"]:
        problems.append(f"the copy button covers text: {seen['overlaps']}")
    if seen["labels"]:
        problems.append(f"diagram labels under 11 px: {seen['labels'][:5]}")
    if seen["spaced"]:
        problems.append(f"{len(seen['spaced'])} spaces between Chinese characters: {seen['spaced'][:5]}")
    if seen["broken"]:
        problems.append(f"identifiers broken mid-word in tables: {seen['broken'][:5]}")
    if seen["shifts"] > 0.1:
        problems.append(f"cumulative layout shift {seen['shifts']:.3f}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", [p for p in PAGES if not p.startswith("zh/")])
def test_headings_carry_the_same_anchors_in_both_languages(site_dir, path):
    ids = [re.findall(r'<h[1-6] id="([^"]+)"', (site_dir / prefix / path).read_text(encoding="utf-8"))
           for prefix in ("", "zh/")]
    assert ids[0] == ids[1], (set(ids[0]) ^ set(ids[1]))


def test_language_selector_keeps_the_chapter_and_the_anchor(page, site_url):
    page.goto(site_url + "lstm/#proj_size")
    for language, expected in (("zh", "/zh/lstm/"), ("en", "/lstm/")):
        page.hover(".md-select")
        page.click(f'.md-select__link[hreflang="{language}"]')
        page.wait_for_load_state()
        assert (urlparse(page.url).path, urlparse(page.url).fragment) == (expected, "proj_size")
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator("#proj_size").count() == 1


def test_copy_button_copies_the_snippet_and_it_prints_the_output_block(page, site_url):
    page.goto(site_url + "rnn/")
    block = page.locator('div.language-python:has(span.filename:text-is("rnn/output_and_h_n_shapes.py"))')
    block.hover()
    block.locator('button[data-md-type="copy"]').click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.rstrip() == (SNIPPETS / "rnn/output_and_h_n_shapes.py").read_text(encoding="utf-8").rstrip()
    output_block = page.locator("div.language-text").filter(has=page.locator('span.filename:text-is("Output")'))
    shown = output_block.first.locator("code").inner_text()
    ran = subprocess.run([sys.executable, "-c", copied], capture_output=True, text=True, check=True)
    assert normalise(ran.stdout) == normalise(shown)


@pytest.mark.parametrize("scheme_after_toggle", ["slate"])
def test_palette_toggle_switches_and_pages_are_not_blank(page, site_url, scheme_after_toggle, tmp_path):
    page.goto(site_url + "rnn/")
    light = page.screenshot(full_page=False)
    before = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    after = page.locator("body").get_attribute("data-md-color-scheme")
    dark = page.screenshot(full_page=False)
    assert (before, after) == ("default", scheme_after_toggle)
    assert light != dark
    for shot in (light, dark):            # a blank page compresses to almost nothing
        assert len(shot) > 20_000
