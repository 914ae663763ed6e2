"""Search on the built site, as a reader uses it: typed into material's search box in chromium."""

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.doc_examples import DOCS
from tests.error_catalogue import CATALOGUE, shown_lines, template

pytestmark = pytest.mark.browser
RESULT_LINK = ".md-search-result__item a"
ERRORS_PAGE = {"": "errors.md", "zh/": "errors.zh.md"}
# A reader pastes a message up to its first number: the rest holds their own sizes, which the
# page's example need not share. A number is a run of digits (with its sign) that starts a word,
# so `-1` in `input.size(-1)`, `2` in `2D`, `0` in `hidden[0]` end the paste; `mat1`, `float64`
# and `hidden0` are names and do not.
NUMBER = re.compile(r"(?<!\w)-?\d")
# Two messages with the same paste can both be found first only if one section prints both
# (errors/unbatched_input_batched_h0.py prints the GRU's and the LSTM's "For batched 3-D input").


@pytest.fixture(scope="module")
def page(browser):
    """One tab for every search test: each opens its language's home page, then types."""
    context = browser.new_context()
    yield context.new_page()
    context.close()


def _open(page, site_url, language):
    page.goto(site_url + language, wait_until="networkidle")     # search index and worker loaded
    page.locator("input.md-search__input").click()


def _type(page, query):
    """Type a query into the open search box; the result links, best first (none: [])."""
    page.eval_on_selector(".md-search-result__list", "list => list.replaceChildren()")  # no stale hits
    box = page.locator("input.md-search__input")
    box.fill(query)          # CJK text arrives whole, as from an input method
    box.press("End")         # the key event material's search listens for
    try:
        page.locator(".md-search-result__item > a").first.wait_for(timeout=5_000)
    except PlaywrightTimeout:
        return []
    return [urlparse(a) for a in page.eval_on_selector_all(RESULT_LINK, "els => els.map(e => e.href)")]


def _search(page, site_url, language, query):
    """Type a query into the search box of a language's home page; the result links, best first."""
    _open(page, site_url, language)
    return _type(page, query)


@pytest.mark.parametrize("language, query, expected_path", [
    ("", "proj_size", "/lstm/"),
    ("zh/", "隐状态", "/zh/output-vs-hn/"),   # d2l-zh's term, named once, where its readers look
    ("", "bidirectional", "/bidirectional/"),
    ("zh/", "双向", "/zh/bidirectional/"),
    ("", "LSTMCell", "/cells/"),
    ("zh/", "LSTMCell", "/zh/cells/"),
])
def test_search_first_hit_opens_the_right_page(page, site_url, language, query, expected_path):
    _search(page, site_url, language, query)
    page.locator(".md-search-result__item > a").first.click()
    page.wait_for_load_state()
    assert urlparse(page.url).path == expected_path


@pytest.mark.parametrize("language", ["", "zh/"])
@pytest.mark.parametrize("query", ["bidirectional", "hidden_size", "proj_size"])
def test_search_lists_pages_in_the_readers_language_only(page, site_url, language, query):
    """One index per language (overrides/hooks/search_languages.py): no result in the other language."""
    paths = [u.path for u in _search(page, site_url, language, query)]
    leaked = [p for p in paths if p.startswith("/zh/") != (language == "zh/")]
    assert paths and not leaked, leaked


def pasted(line):
    """What a reader pastes from a message: its text up to the first number."""
    first = NUMBER.search(line)
    return line[:first.start()] if first else line


def shown_messages(page_name):
    """Each catalogued message as the errors page prints it (a whole line of an Output/Warning block)."""
    text = shown_lines(DOCS / page_name)
    return [found[0] for entry in CATALOGUE if (found := template(entry.message).search(text))]


def _section_outputs(page, url):
    """{heading id, or id of an anchor in an Output block: the lines of the Output/Warning blocks
    of that section (from its heading to the next heading)}."""
    page.goto(url)
    return page.evaluate("""() => {
        const sections = {};
        let lines = null;
        for (const e of document.querySelectorAll("article :is(h1, h2, h3, h4, h5, h6, div.language-text)"))
            if (e.tagName === "DIV") {
                e.querySelectorAll("[id]").forEach(a => { sections[a.id] = lines; });  // a message's own anchor
                lines?.push(...e.querySelector("code").innerText.split("\\n"));
            } else sections[e.id] = lines = [];
        return sections; }""")


@pytest.mark.parametrize("language", ["", "zh/"])
def test_a_pasted_error_message_finds_its_errors_page_entry_first(page, site_url, language):
    """Every message the errors page shows, pasted up to its first number, finds first a section
    of the errors page that prints it (the first result with a #fragment)."""
    messages = shown_messages(ERRORS_PAGE[language])
    assert len(messages) > 50, "the errors page shows the catalogue (tests/test_error_catalogue.py)"
    outputs = _section_outputs(page, f"{site_url}{language}errors/")
    _open(page, site_url, language)
    misses, results = [], {}
    for message in messages:
        query = pasted(message)
        if query not in results:          # material searches again only when the text changes
            results[query] = [u for u in _type(page, query) if u.fragment]
        sections = results[query]
        first = sections[0] if sections else None
        found = bool(first and first.path == f"/{language}errors/" and message in outputs.get(first.fragment, []))
        if not found:
            misses.append(f"{query!r} -> {[u.path + '#' + u.fragment for u in sections[:2]]}")
    assert not misses, f"{len(misses)} of {len(messages)} pasted messages miss their entry:\n" + "\n".join(misses)
