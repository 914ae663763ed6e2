"""Two languages, one site: every page has its twin, and both embed the same snippets in the same order."""

import re

import pytest

from tests.doc_examples import DOCS, SNIPPETS, expectations

EXTENSIONS = ("*.md", "*.ipynb")


def _twin(path):
    """docs/x.md <-> docs/x.zh.md (mkdocs-static-i18n suffix layout)."""
    if path.stem.endswith(".zh"):
        return path.with_name(path.stem[:-3] + path.suffix)
    return path.with_name(f"{path.stem}.zh{path.suffix}")


ALL_PAGES = sorted(p for pattern in EXTENSIONS for p in DOCS.rglob(pattern))
ENGLISH_PAGES = [p for p in ALL_PAGES if not p.stem.endswith(".zh")]


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_page_has_a_translation(page):
    assert _twin(page).is_file(), f"{page.relative_to(DOCS)} has no twin: create {_twin(page).relative_to(DOCS)}"


@pytest.mark.parametrize("page", [p for p in ENGLISH_PAGES if p.suffix == ".md"], ids=lambda p: p.name)
def test_both_languages_embed_the_same_snippets_in_the_same_order(page):
    english = [e.snippet for e in expectations(page) if e.snippet]
    chinese = [e.snippet for e in expectations(_twin(page)) if e.snippet]
    assert english == chinese, f"{page.name} and {_twin(page).name} embed different snippets"


# Shown as source, not as a proof: its timings differ per run, so no Output block can check them
# (docs/speed.md shows it in a ```py block and labels its table as measured).
MEASURED = {"speed/benchmark.py"}
_INCLUDE = re.compile(r'^\s*--8<-- "([^"]+\.py)"\s*$', re.M)


def test_every_snippet_is_embedded_in_a_page():
    embedded = {e.snippet for page in DOCS.rglob("*.md") for e in expectations(page)}
    shown = {m for page in DOCS.rglob("*.md") for m in _INCLUDE.findall(page.read_text(encoding="utf-8"))}
    files = {p.relative_to(SNIPPETS).as_posix() for p in SNIPPETS.rglob("*.py")}
    assert not files - embedded - MEASURED, f"snippets embedded in no page: {sorted(files - embedded - MEASURED)}"
    assert not embedded - files - {None}, f"pages embed missing snippets: {sorted(embedded - files - {None})}"
    assert shown - embedded == MEASURED, f"only {MEASURED} may be shown without proof: {sorted(shown - embedded)}"


@pytest.mark.parametrize("notebook", [p for p in ENGLISH_PAGES if p.suffix == ".ipynb"], ids=lambda p: p.name)
def test_notebook_twins_give_every_heading_the_same_explicit_anchor(notebook):
    import nbformat
    found = [[(len(m["level"]), m["id"]) for c in nbformat.read(p, as_version=4).cells if c.cell_type == "markdown"
              for m in _HEADING.finditer(c.source)] for p in (notebook, _twin(notebook))]
    assert all(anchor for level, anchor in found[0] + found[1]), f"{notebook.name}: a heading has no {{ #id }}"
    assert found[0] == found[1], f"{notebook.name} and its twin differ in heading levels or anchors"


@pytest.mark.parametrize("notebook", [p for p in ENGLISH_PAGES if p.suffix == ".ipynb"], ids=lambda p: p.name)
def test_notebook_twins_share_their_code(notebook):
    import nbformat
    code = [[c.source for c in nbformat.read(p, as_version=4).cells if c.cell_type == "code"]
            for p in (notebook, _twin(notebook))]
    assert code[0] == code[1], f"{notebook.name} and {_twin(notebook).name} have different code cells"


_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>```|~~~).*?^(?P=indent)(?P=fence)[ \t]*$", re.M | re.S)
_HEADING = re.compile(r"^(?P<level>#{1,6}) (?P<title>.*?)(?:[ \t]+\{[ \t]*#(?P<id>[\w-]+)[ \t]*\})?[ \t]*$", re.M)


def headings(page):
    """(level, explicit id or None, title) of each Markdown heading outside code blocks."""
    text = _FENCE.sub("", page.read_text(encoding="utf-8"))
    return [(len(m["level"]), m["id"], m["title"]) for m in _HEADING.finditer(text)]


@pytest.mark.parametrize("page", [p for p in ENGLISH_PAGES if p.suffix == ".md"], ids=lambda p: p.name)
def test_both_languages_give_every_heading_the_same_explicit_anchor(page):
    # A link to lstm/#proj_size must land on the same section of zh/lstm/ (the language
    # switch keeps the #anchor), and a Chinese heading must not get a Chinese slug.
    english, chinese = headings(page), headings(_twin(page))
    missing = [f"{p.name}: {'#' * level} {title}" for p, found in ((page, english), (_twin(page), chinese))
               for level, anchor, title in found if not anchor]
    assert not missing, "headings without an explicit { #id }:\n" + "\n".join(missing)
    assert [h[:2] for h in english] == [h[:2] for h in chinese], \
        f"{page.name} and {_twin(page).name} differ in heading levels or anchors"
