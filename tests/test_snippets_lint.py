"""Snippets are linted like source code (snippets/ruff.toml): no line wider than the text column
at 1280 px, no unused import or undefined name in what a reader copies."""

import subprocess
import sys

from tests.doc_examples import SNIPPETS


def test_snippets_pass_ruff():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format",
                             "concise", str(SNIPPETS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
