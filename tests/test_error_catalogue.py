"""The errors page shows, in torch's words, every error the catalogue can trigger.

``tests/error_catalogue.py`` lists each distinct message reachable on the CPU; this test
re-triggers them (a torch upgrade that rewords or drops one is noticed) and checks that each
one not in its short EXCLUDED list is printed by an Output/Warning block of docs/errors.md AND
docs/errors.zh.md (numbers may be the page's own example values; every word must be torch's).
"""

import re

import pytest

from tests.doc_examples import DOCS
from tests.error_catalogue import CATALOGUE, EXCLUDED, TARGET, shown, shown_lines, template, trigger

PAGES = ["errors.md", "errors.zh.md"]
KEYS = [e.key for e in CATALOGUE]


def test_keys_are_unique_and_exclusions_exist():
    assert len(KEYS) == len(set(KEYS)), "duplicate catalogue keys"
    assert not set(EXCLUDED) - set(KEYS), f"EXCLUDED names unknown keys: {set(EXCLUDED) - set(KEYS)}"


def test_messages_are_distinct():
    """Two entries whose messages differ only in numbers would be counted twice by one block."""
    seen = {}
    for entry in CATALOGUE:
        for other, pattern in seen.items():
            if pattern.search(entry.message):
                pytest.fail(f"{entry.key} and {other} differ only in numbers: make them one entry")
        seen[entry.key] = template(entry.message)


@pytest.mark.parametrize("entry", CATALOGUE, ids=KEYS)
def test_catalogue_still_triggers(entry):
    """The first trigger prints the message exactly; the others the same words."""
    for i, fn in enumerate(entry.triggers):
        got = trigger(fn, entry.warning)
        if i == 0:
            first_lines = [line.split("\n")[0] for line in got]
            assert entry.message in first_lines, (
                f"{entry.key}: torch no longer prints\n  {entry.message}\nit printed\n  {got}")
        else:
            assert any(template(entry.message).search(line) for line in got), (
                f"{entry.key} trigger {i}: expected the words of\n  {entry.message}\ngot\n  {got}")


@pytest.mark.parametrize("page", PAGES)
def test_errors_page_shows_the_catalogue(page):
    text = shown_lines(DOCS / page)
    missing = [e for e in CATALOGUE if e.key not in EXCLUDED and not shown(e, text)]
    stale = [key for key in EXCLUDED if shown(next(e for e in CATALOGUE if e.key == key), text)]
    if missing:
        pytest.fail(f"docs/{page} prints no Output/Warning line for:\n" + "\n".join(
        f"  {e.key}: {e.message}" for e in missing))
    assert not stale, f"docs/{page} shows these, remove them from EXCLUDED: {stale}"
    share = sum(shown(e, text) for e in CATALOGUE) / len(CATALOGUE)
    assert share >= TARGET, f"docs/{page} shows {share:.0%} of the catalogue, below {TARGET:.0%}"


@pytest.mark.parametrize("page", PAGES)
def test_errors_page_states_the_counts(page):
    """The closing note's "**N of M**" is the catalogue's count for that page."""
    text = (DOCS / page).read_text(encoding="utf-8")
    shown_count = sum(shown(e, shown_lines(DOCS / page)) for e in CATALOGUE)
    stated = re.search(r"\*\*(\d+) (?:of|/) (\d+)\*\*", text)
    assert stated, f"docs/{page}: no **N of M** count in the closing note"
    assert stated.groups() == (str(shown_count), str(len(CATALOGUE))), (
        f"docs/{page} says {stated.group(0)}; the catalogue counts {shown_count} of {len(CATALOGUE)}")
