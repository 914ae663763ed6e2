"""Every notebook executes from top to bottom without an error (the build also refuses errors)."""

import nbformat
import pytest
from nbclient import NotebookClient

from tests.doc_examples import DOCS

NOTEBOOKS = sorted(DOCS.rglob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_without_error(path, tmp_path):
    notebook = nbformat.read(path, as_version=4)
    assert not any(cell.get("outputs") for cell in notebook.cells), \
        f"{path.name} stores outputs: clear them, the build computes them"
    NotebookClient(notebook, timeout=120, kernel_name="python3", allow_errors=False,
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert outputs, f"{path.name} printed nothing"


def test_there_are_notebooks():
    assert NOTEBOOKS
