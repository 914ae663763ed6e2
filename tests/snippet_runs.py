"""What each snippet must print, gathered from every page that embeds it (both languages)."""

from collections import defaultdict

from tests.doc_examples import DOCS, SNIPPETS, expectations

PAGE_CLAIMS = defaultdict(list)          # "rnn/x.py" -> [Expectation, ...]
for _page in sorted(DOCS.rglob("*.md")):
    for _expectation in expectations(_page):
        if _expectation.snippet:
            PAGE_CLAIMS[_expectation.snippet].append(_expectation)

SNIPPET_NAMES = sorted(PAGE_CLAIMS)


def snippet_path(name):
    return SNIPPETS / name
