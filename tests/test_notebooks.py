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


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_code_fits_the_text_column(path):
    import nbformat
    long = [line for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code"
            for line in cell.source.splitlines() if len(line) > 79]
    assert not long, f"{path.name}: code lines over 79 characters: {long}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_checks_every_gradient_of_a_deep_bidirectional_model(path):
    """Each build-it-by-hand notebook goes past one forward layer: a stacked bidirectional model
    whose every parameter's .grad equals the module's, and a one-layer backward pass by hand."""
    import re

    import nbformat
    notebook = nbformat.read(path, as_version=4)
    code = "\n".join(c.source for c in notebook.cells if c.cell_type == "code")
    out = "".join(printed(notebook))
    assert "num_layers=2, bidirectional=True" in code and ".backward()" in code
    match = re.search(r"parameter gradients equal: True \((\d+) of (\d+)\)", out)
    assert match and match[1] == match[2] == "16", f"{path.name}: no check of all 16 gradients"
    by_hand = re.findall(r"^(weight_ih_l0|weight_hh_l0|bias_ih_l0|bias_hh_l0) +True$", out, re.M)
    assert sorted(by_hand) == sorted(["weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"]), \
        f"{path.name}: the by-hand backward pass is not checked on all four parameters"
