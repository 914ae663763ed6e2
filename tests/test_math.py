"""Equations: MathML that Chromium draws as TeX would, in the site's own math font (docs/assets/math.css),
which only pages with math download."""

import html
import re

import pytest

from latex2mathml.converter import convert

from overrides.hooks.mathml import tidy
from tests.conftest import built_pages

FONT = "STIX Two Math"
FONT_FILE = "assets/fonts/STIXTwoMath-subset.woff2"
CJK = re.compile("[\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
TOKEN = re.compile(r"<(mi|mn|mo|mtext)\b[^>]*>[^<]*</\1>")
LANGUAGES = {"en": "", "zh": "zh/"}


def _math_of(site_dir):
    """Every <math> element of the built site, as HTML."""
    return [m for f in sorted(site_dir.rglob("*.html"))
            for m in re.findall(r"<math\b.*?</math>", f.read_text(encoding="utf-8"), re.S)]


# -- the MathML the hook writes ---------------------------------------------------------------

@pytest.mark.parametrize("tex, identifier", [
    (r"\mathtt{output}[t]", "<mi>𝚘𝚞𝚝𝚙𝚞𝚝</mi>"),     # mathematical monospace letters, one identifier
    (r"\mathtt{h\_n}[k]", "<mi>𝚑_𝚗</mi>"),
    (r"\mathrm{ReLU}", "<mi>ReLU</mi>"),
    (r"\max(a, b)", "<mi>max</mi>"),
    (r"x_0, \dots, x_{L-1}", "<mi>&#x02026;</mi>"),
])
def test_names_are_one_upright_identifier(tex, identifier):
    """latex2mathml writes \\mathtt{output} as six <mi mathvariant="monospace">, which MathML Core
    draws as six spaced italic letters, and \\max as an unknown operator with thick spaces."""
    assert identifier in tidy(convert(tex))


def test_no_equation_on_the_site_relies_on_mathvariant(site_dir):
    """Chromium honours mathvariant only as "normal" on one <mi>: any other use renders wrong."""
    wrong = sorted({m for math in _math_of(site_dir)
                    for m in re.findall(r'(?:<mi mathvariant="[^"]*">[^<]*</mi>){2,}|<mi mathvariant="(?!normal)[^"]*">', math)})
    assert not wrong, wrong


# -- what the browser draws --------------------------------------------------------------------

def _open(page, url, **goto):
    """Load a page and wait until the fonts its laid-out text asked for have arrived."""
    page.goto(url, **goto)
    page.evaluate("document.body.offsetHeight && document.fonts.ready")


def _fonts_requested(page, url):
    fonts = []
    page.on("request", lambda r: fonts.append(r.url) if r.resource_type == "font" else None)
    _open(page, url, wait_until="networkidle")    # time for any request a page might still make
    return sorted(set(fonts))    # the preloaded font, used by the CSS, is reported twice, fetched once


@pytest.mark.browser
@pytest.mark.parametrize("language", LANGUAGES)
def test_only_pages_with_math_download_the_math_font(page, site_url, language):
    """The @font-face rule is on every page; the browser fetches the font only where math uses it
    (and the hook preloads it there)."""
    prefix = LANGUAGES[language]
    assert _fonts_requested(page, f"{site_url}{prefix}errors/") == []
    assert page.locator("math").count() == 0
    assert page.evaluate(f"[...document.fonts].filter(f => f.family == '{FONT}').map(f => f.status)") == ["unloaded"]

    assert _fonts_requested(page, f"{site_url}{prefix}lstm/") == [site_url + FONT_FILE]
    assert page.evaluate(f"[...document.fonts].filter(f => f.family == '{FONT}').map(f => f.status)") == ["loaded"]
    families = page.eval_on_selector_all("article math", "els => [...new Set(els.map(e => getComputedStyle(e).fontFamily))]")
    assert families == [f'"{FONT}", math']


def _fonts_drawing(page, selector):
    """For each element the selector matches, the fonts that drew its text, as Chromium reports them (DevTools' CSS.getPlatformFontsForNode): the font that drew each glyph,
    fallbacks included, not the one CSS asked for."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    nodes = cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"]
    return [sorted({f["familyName"] for f in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": n})["fonts"]})
            for n in nodes]


@pytest.mark.browser
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_character_of_the_sites_equations_is_drawn_in_the_math_font(page, site_dir, site_url, language):
    """Each distinct token (<mi>, <mn>, <mo>, <mtext>) of every equation on the site, placed in one
    equation on a page of this language (where the CJK font is the fallback, as for Chinese
    readers), is drawn by the math font alone: the subset kept every glyph the site uses, italic
    letters included (Chromium maps <mi>x</mi> to U+1D465). Chinese words in \\text{} are left out."""
    tokens = sorted({CJK.sub("", m[0]) for math in _math_of(site_dir) for m in TOKEN.finditer(math)} - {"<mtext></mtext>"})
    assert len(tokens) > 50
    _open(page, f"{site_url}{LANGUAGES[language]}rnn/")
    page.evaluate("""tokens => {
        const probe = document.createElement("p");
        probe.id = "probe";
        probe.innerHTML = `<math>${tokens.map(t => `<mrow>${t}</mrow>`).join("")}</math>`;
        document.querySelector("article").append(probe);
        return document.fonts.ready;
    }""", tokens)
    drawn = _fonts_drawing(page, "#probe math > mrow > *")
    assert len(drawn) == len(tokens)
    other = [(html.unescape(token), fonts) for token, fonts in zip(tokens, drawn) if fonts != [FONT]]
    assert not other, other


@pytest.mark.browser
@pytest.mark.parametrize("language", LANGUAGES)
def test_sums_are_display_size_and_middle_dots_half_width(page, site_url, language):
    """A display equation's sum is the font's display variant (taller than the text around it,
    as in TeX); the middle dot of D · H is the math font's half-width one on Chinese pages too
    (the CJK font's is a full em)."""
    _open(page, f"{site_url}{LANGUAGES[language]}lstm/")
    sizes = page.evaluate("""() => [...document.querySelectorAll("math mo")].map(m => {
        const box = m.getBoundingClientRect(), em = parseFloat(getComputedStyle(m).fontSize);
        return {text: m.textContent, display: m.closest("math").getAttribute("display"),
                height: box.height / em, width: box.width / em};
    })""")
    sums = [s for s in sizes if s["text"] == "\u2211" and s["display"] == "block"]
    dots = [s for s in sizes if s["text"] == "\u00b7"]
    assert sums and dots
    assert min(s["height"] for s in sums) > 1.3, sums
    assert max(s["width"] for s in dots) < 0.5, dots


def _pages_with_display_math(site_dir, language):
    return [page.removesuffix("index.html") for page in built_pages(site_dir)
            if page.startswith("zh/") == (language == "zh")
            and 'display="block"' in (site_dir / page).read_text(encoding="utf-8")]


@pytest.mark.browser
@pytest.mark.parametrize("language", LANGUAGES)
def test_display_equations_fit_or_scroll_in_their_own_box_on_a_phone(browser, site_dir, site_url, language):
    """At 390 px every display equation is typeset (taller than a line of text), and one wider than
    the column scrolls inside its own keyboard-reachable box, from its first symbol on."""
    pages = _pages_with_display_math(site_dir, language)
    assert len(pages) > 5
    context = browser.new_context(viewport={"width": 390, "height": 844})
    problems = []
    try:
        page = context.new_page()
        for path in pages:
            _open(page, site_url + path)
            for eq in page.evaluate("""() => [...document.querySelectorAll("div.arithmatex")].map(box => {
                const math = box.querySelector('math[display="block"]'), b = box.getBoundingClientRect();
                const m = math.getBoundingClientRect();
                return {tex: math.textContent.slice(0, 30), height: m.height, scrolls: box.scrollWidth > box.clientWidth,
                        overflow: getComputedStyle(box).overflowX, tabindex: box.getAttribute("tabindex"),
                        inside: b.left >= 0 && b.right <= document.documentElement.clientWidth, startsInView: m.left >= b.left - 1};
            })"""):
                where = f"{path} {eq['tex']!r}"
                if eq["height"] <= 15:
                    problems.append(f"{where}: not typeset")
                if not eq["inside"] or not eq["startsInView"]:
                    problems.append(f"{where}: box outside the column or equation cut off at its start")
                if eq["scrolls"] and (eq["overflow"] not in ("auto", "scroll") or eq["tabindex"] != "0"):
                    problems.append(f"{where}: wider than its box, which does not scroll ({eq['overflow']}, tabindex {eq['tabindex']})")
    finally:
        context.close()
    assert not problems, "\n".join(problems)
