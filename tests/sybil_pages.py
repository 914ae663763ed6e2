"""pytest plugin, loaded by pytest.ini: sybil collects every Markdown page in docs/ (English
and Chinese) and proves its Output/Warning blocks and pycon doctests. A plugin rather than
tests/conftest.py, because conftest hooks only see files below their own folder."""

import pytest
from sybil import Sybil

from tests.doc_examples import DOCS, OutputBlockParser, PyconParser

pytest_collect_file = Sybil(
    parsers=[OutputBlockParser(), PyconParser()],
    patterns=["*.md"],
    path=str(DOCS),
).pytest()


def pytest_collection_modifyitems(items):
    # Under `pytest -n 2 --dist loadgroup`, a page's examples stay on one worker: its pycon
    # doctests share one namespace. Other tests spread one by one across the workers.
    for item in items:
        if item.path.suffix == ".md":
            item.add_marker(pytest.mark.xdist_group(item.path.name))
