"""Notebooks keep their printed outputs, like pages keep Output blocks: written from a real run
by `make outputs`, and checked against a fresh run by tests/test_notebooks.py."""

import sys

import nbformat
from nbclient import NotebookClient

from tests.doc_examples import DOCS

NOTEBOOKS = sorted(DOCS.rglob("*.ipynb"))


def execute(path, workdir):
    """Run a notebook top to bottom in a fresh kernel; raises on the first failing cell."""
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3", allow_errors=False,
                   resources={"metadata": {"path": str(workdir)}}).execute()
    return notebook


def printed(notebook):
    """What each code cell printed, in order (stdout and stderr text only)."""
    return ["".join(o.get("text", "") for o in cell.get("outputs", []) if o.output_type == "stream")
            for cell in notebook.cells if cell.cell_type == "code"]


def refresh(path, workdir):
    """Store a real run's outputs in the notebook, without run-specific metadata."""
    notebook = execute(path, workdir)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.metadata.pop("execution", None)
    nbformat.write(notebook, path)


if __name__ == "__main__":      # part of `make outputs`
    import tempfile
    with tempfile.TemporaryDirectory() as workdir:
        for notebook_path in sys.argv[1:] or NOTEBOOKS:
            refresh(notebook_path, workdir)
