"""Every notebook runs without error, and prints exactly what it stores (so what readers download
and what the page shows are a real run's, and a torch change that alters a result turns red)."""

import pytest

from tests.doc_examples import mismatch
from tests.notebook_outputs import NOTEBOOKS, execute, printed


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_prints_what_it_stores(path, tmp_path):
    import nbformat
    stored = printed(nbformat.read(path, as_version=4))
    fresh = printed(execute(path, tmp_path))
    assert any(stored), f"{path.name} stores no output: run `make outputs`"
    diffs = [f"code cell {i + 1}:\n{d}" for i, (s, f) in enumerate(zip(stored, fresh))
             if (d := mismatch("Output", s, f))]
    assert not diffs, f"{path.name}:\n" + "\n".join(diffs)


def test_there_are_notebooks():
    assert NOTEBOOKS
