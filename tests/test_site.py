"""What the build produced: both languages, rendered notebooks, MathML, footer, language links."""

import json
import re
from html.parser import HTMLParser
from importlib.metadata import version
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import built_pages
from tests.doc_examples import DOCS

SOURCES = sorted(p.relative_to(DOCS) for pattern in ("*.md", "*.ipynb") for p in DOCS.rglob(pattern)
                 if not p.stem.endswith(".zh"))


def _url_of(source):
    """docs/rnn.md -> rnn/index.html; docs/index.md -> index.html."""
    stem = source.with_suffix("").as_posix()
    return "index.html" if stem == "index" else f"{stem}/index.html"


def _read(site_dir, page):
    return (site_dir / page).read_text(encoding="utf-8")


@pytest.mark.parametrize("source", SOURCES, ids=str)
def test_every_page_is_built_in_both_languages(site_dir, source):
    for prefix in ("", "zh/"):
        assert (site_dir / prefix / _url_of(source)).is_file(), f"{source} not built under /{prefix}"


def test_no_page_exists_in_one_language_only(site_dir):
    pages = built_pages(site_dir)
    english = {p for p in pages if not p.startswith("zh/")}
    chinese = {p.removeprefix("zh/") for p in pages if p.startswith("zh/")}
    assert english == chinese


@pytest.mark.parametrize("prefix", ["", "zh/"])
def test_notebook_pages_are_rendered_light_and_downloadable(site_dir, prefix):
    notebooks = sorted(DOCS.rglob("*.ipynb"))
    for source in (p for p in notebooks if not p.stem.endswith(".zh")):
        page = site_dir / prefix / _url_of(source.relative_to(DOCS))
        html = page.read_text(encoding="utf-8")
        assert "jp-OutputArea-output" in html, f"{page}: no rendered output cells (notebook copied raw?)"
        assert '"cells":' not in html
        assert page.stat().st_size < 150_000, f"{page} weighs {page.stat().st_size} bytes"
        download = re.search(r'<a href="([^"]+\.ipynb)" download', html)
        assert download and (page.parent / download[1]).is_file(), f"{page}: no working download link"


def test_no_heading_attribute_is_left_as_text(site_dir):
    """`{ #id }` is markup: it must not reach a title, the navigation or a heading (code aside)."""
    leftovers = {}
    for page in built_pages(site_dir):
        html = re.sub(r"<(pre|code)\b.*?</\1>", "", _read(site_dir, page), flags=re.DOTALL)
        if found := re.findall(r"[^<>]{0,30}\{\s*#[\w-]+\s*\}", html):
            leftovers[page] = found[:2]
    assert not leftovers, leftovers


@pytest.mark.parametrize("prefix", ["", "zh/"])
def test_footer_states_every_torch_version_the_pages_are_proven_on(site_dir, prefix):
    # the installed one, then the release `make torch-next` proves (requirements.txt)
    also = re.findall(r"^# also proven on: torch==(\S+)$", (DOCS.parent / "requirements.txt").read_text(), re.M)
    assert also, "requirements.txt names no second torch release"
    shown = ", ".join([version("torch").split("+")[0], *also])
    assert f"torch {shown}" in _read(site_dir, f"{prefix}index.html")


@pytest.mark.parametrize("page", ["rnn/index.html", "zh/rnn/index.html"])
def test_equations_are_mathml_with_no_tex_left(site_dir, page):
    html = _read(site_dir, page)
    assert '<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">' in html
    assert not re.search(r"\\[(\[]|\$\$", html.split('<div class="md-content"')[1].split("<footer")[0])


def test_language_selector_links_to_the_same_page(site_dir):
    assert '<a href="../../rnn/" hreflang="en"' in _read(site_dir, "zh/rnn/index.html")
    assert '<a href="../zh/rnn/" hreflang="zh"' in _read(site_dir, "rnn/index.html")


def test_code_blocks_carry_language_classes_and_titles(site_dir):
    english, chinese = _read(site_dir, "lstm/index.html"), _read(site_dir, "zh/lstm/index.html")
    assert "language-python" in english and "language-text" in english
    assert '<span class="filename">Output</span>' in english
    assert '<span class="filename">Warning</span>' in english
    assert '<span class="filename">输出</span>' in chinese and '<span class="filename">警告</span>' in chinese


def test_chinese_search_index_is_segmented(site_dir):
    index = json.loads(_read(site_dir, "zh/search/search_index.json"))   # one index per language
    assert r"\u200b" in index["config"]["separator"]   # jieba joins the words it cuts with U+200B
    chinese_text = " ".join(d["text"] for d in index["docs"])
    assert "\u200b隐藏状态\u200b" in chinese_text     # a glossary term kept whole (overrides/hooks/chinese_search_terms.py)


class _LinksAndIds(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])


def _parse(path):
    parser = _LinksAndIds()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_every_internal_link_and_anchor_resolves(site_dir):
    """Every built page is parsed once; each same-site href must point at a file, and each
    #anchor at an id of the page it links to."""
    pages = {path.resolve(): _parse(path) for path in sorted(site_dir.rglob("*.html"))}
    broken = []
    for html_file, parsed in pages.items():
        for href in parsed.links:
            url = urlsplit(href)
            if url.scheme or url.netloc or href.startswith(("mailto:", "javascript:")):
                continue
            base = site_dir if url.path.startswith("/") else html_file.parent   # site_url is the root
            target = (base / unquote(url.path).lstrip("/")).resolve() if url.path else html_file
            if target.is_dir():
                target = target / "index.html"
            where = f"{html_file.relative_to(site_dir.resolve())}: {href}"
            if not target.is_file():
                broken.append(f"{where} (no file)")
            elif url.fragment and target.suffix == ".html" and unquote(url.fragment) not in pages[target].ids:
                broken.append(f"{where} (no such anchor)")
    assert not broken, "\n".join(broken)


def test_latex_converted_cleanly_everywhere(site_dir):
    """latex2mathml renders what it cannot handle (e.g. \\begin{aligned}) as stray text, silently."""
    bad = []
    for html_file in sorted(site_dir.rglob("*.html")):
        html = html_file.read_text(encoding="utf-8")
        for symptom in ("<mi>&amp;</mi>", "<mi>&</mi>", "<merror", "<mi>\\</mi>", "<mo>\\</mo>"):
            if symptom in html:
                bad.append(f"{html_file.relative_to(site_dir)}: {symptom}")
    assert not bad, "\n".join(bad)
