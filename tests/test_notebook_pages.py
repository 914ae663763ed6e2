"""Notebook pages look and work like the chapters (overrides/hooks/notebooks.py, issue 12 item 8):
code highlighted in the chapters' colours and size in both palettes, every output titled as a
chapter's Output block, material's copy button on each cell, an "Open in Colab" link."""

import json
import os
from types import SimpleNamespace

import pytest

from overrides.hooks import notebooks as hook
from tests.doc_examples import DOCS, ROOT

NOTEBOOKS = sorted(p for p in (DOCS / "notebooks").glob("*.ipynb") if not p.stem.endswith(".zh"))
# (page, its notebook): English at /, Chinese at /zh/ from the .zh notebook
PAGES = [(f"{prefix}notebooks/{nb.stem}/", nb.with_suffix(suffix))
         for prefix, suffix in (("", ".ipynb"), ("zh/", ".zh.ipynb")) for nb in NOTEBOOKS]
CHAPTER = "rnn/"
SCHEMES = ["light", "dark"]          # material's palette follows prefers-color-scheme on a first visit
OUTPUT_TITLE = {"": "Output", "zh/": "输出"}


def _code_cells(notebook):
    return ["".join(c["source"]) for c in json.loads(notebook.read_text(encoding="utf-8"))["cells"]
            if c["cell_type"] == "code"]


@pytest.fixture
def open_page(browser, site_url):
    """Opens site paths in one context (palette, clipboard): open_page(path, scheme) -> page."""
    contexts = {}

    def open_(path, scheme="light"):
        if scheme not in contexts:
            contexts[scheme] = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900},
                                                   permissions=["clipboard-read", "clipboard-write"]).new_page()
        page = contexts[scheme]
        page.goto(site_url + path)
        return page
    yield open_
    for page in contexts.values():
        page.context.close()


# What a code block shows, read from the browser: the colour of the first token of each Pygments
# class (keyword, name of a builtin, number, comment, operator), the code's own colour and size,
# and the size of an Output block's text.
LOOKS = """() => {
  const code = document.querySelector("article div.language-python pre > code");
  const output = document.querySelector("article div.language-text pre > code");
  const colour = e => e ? getComputedStyle(e).color : null, size = e => e ? getComputedStyle(e).fontSize : null;
  const tokens = {};
  for (const cls of ["k", "kn", "nb", "mi", "c1", "o"])
    tokens[cls] = colour(document.querySelector(`article div.language-python code span.${cls}`));
  return {tokens, plain: colour(code), size: size(code), outputSize: size(output)};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("scheme", SCHEMES)
def test_code_is_highlighted_in_the_chapters_colours_and_size(open_page, scheme):
    chapter = open_page(CHAPTER, scheme).evaluate(LOOKS)
    for path, _ in PAGES:
        notebook = open_page(path, scheme).evaluate(LOOKS)
        assert notebook["tokens"] == chapter["tokens"], path
        assert None not in notebook["tokens"].values(), f"{path}: a token class this test compares is missing"
        assert notebook["tokens"]["kn"] != notebook["plain"], f"{path}: keywords drawn in plain code colour"
        assert (notebook["size"], notebook["outputSize"]) == (chapter["size"], chapter["outputSize"]), path


@pytest.mark.browser
def test_every_output_is_titled_like_a_chapters_output_block(open_page):
    for path, _ in PAGES:
        page = open_page(path)
        outputs = page.locator("article .jp-OutputArea-output")
        titles = outputs.locator(":scope > span.filename")
        assert outputs.count() > 0, path
        assert titles.count() == outputs.count(), path
        assert set(titles.all_inner_texts()) == {OUTPUT_TITLE["zh/" if path.startswith("zh/") else ""]}, path
        assert all(t.is_visible() for t in titles.all()), path


@pytest.mark.browser
@pytest.mark.parametrize(("path", "notebook"), PAGES[:1] + PAGES[-1:], ids=["en", "zh"])
def test_the_copy_button_copies_the_cells_source(open_page, path, notebook):
    page = open_page(path)
    cells = page.locator("article .jp-CodeCell .jp-InputArea div.language-python")
    sources = _code_cells(notebook)
    assert cells.count() == len(sources)
    last = cells.nth(len(sources) - 1)         # the last cell: its source is unlike the first's
    editor = page.locator("article .jp-CodeCell .jp-InputArea-editor").nth(len(sources) - 1)
    assert editor.locator("button, clipboard-copy").count() == 1, "one copy button a cell, material's"
    last.hover()
    last.locator('button[data-md-type="copy"]').click()
    assert page.evaluate("navigator.clipboard.readText()").rstrip() == sources[-1].rstrip()


@pytest.mark.browser
def test_the_colab_link_opens_this_notebook_from_the_deployed_repository(open_page):
    """The site under test was built in this environment: on GitHub Actions the link is there,
    from GITHUB_REPOSITORY; a local build has none."""
    for path, notebook in PAGES:
        links = open_page(path).locator("article a.nb-colab")
        expected = hook.colab_url(notebook.relative_to(ROOT).as_posix(), os.environ)
        if expected is None:
            assert links.count() == 0, path
        else:
            assert links.count() == 1 and links.get_attribute("href") == expected, path


def _page(src, url):
    return SimpleNamespace(file=SimpleNamespace(abs_src_path=str(DOCS / src)), url=url)


@pytest.mark.parametrize(("src", "url", "expected_file", "title"), [
    ("notebooks/lstm_by_hand.ipynb", "notebooks/lstm_by_hand/", "lstm_by_hand.ipynb", "Open in Colab"),
    ("notebooks/lstm_by_hand.zh.ipynb", "zh/notebooks/lstm_by_hand/", "lstm_by_hand.zh.ipynb", "在 Colab 中打开"),
])
def test_the_colab_link_is_built_from_the_repository_and_branch(src, url, expected_file, title):
    config = SimpleNamespace(config_file_path=str(ROOT / "mkdocs.yml"))
    link = hook.colab_link(_page(src, url), config, {"GITHUB_REPOSITORY": "someone/rnn-docs",
                                                     "GITHUB_REF_NAME": "main"})
    assert (f'href="https://colab.research.google.com/github/someone/rnn-docs/blob/main/'
            f'docs/notebooks/{expected_file}"') in link
    assert f'title="{title}"' in link and link.endswith(f"{title}</a>")
    assert hook.colab_link(_page(src, url), config, {}) == ""       # a local build: no link
