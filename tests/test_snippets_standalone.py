"""Copy-paste guarantee: each snippet, run as `python snippets/x.py` in a fresh process from an
unrelated folder, prints exactly what every page embedding it shows. In-process, the output
must not depend on torch's thread count either."""

import re
import subprocess
import sys

import pytest
import torch

from tests.doc_examples import check, run, warning_line
from tests.snippet_runs import PAGE_CLAIMS, SNIPPET_NAMES, snippet_path

# "path/to/file.py:123: UserWarning: message" as Python prints it on stderr
_STDERR_WARNING = re.compile(r"^.*?:\d+: (?P<category>\w*Warning): (?P<message>.*)$")


def _warnings_from_stderr(stderr):
    shown = []
    for line in stderr.splitlines():
        match = _STDERR_WARNING.match(line)
        if match:
            shown.append(warning_line(match["category"], match["message"]))
        elif line and not line.startswith(" "):   # indented lines echo the source line
            raise AssertionError(f"unexpected stderr line: {line!r}\n{stderr}")
    return "".join(shown)


@pytest.mark.parametrize("name", SNIPPET_NAMES)
def test_fresh_process_prints_what_the_pages_show(name, tmp_path):
    result = subprocess.run([sys.executable, str(snippet_path(name))], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    shown = _warnings_from_stderr(result.stderr)
    failures = [f for e in PAGE_CLAIMS[name] if (f := check(e, result.stdout, shown))]
    assert not failures, "\n\n".join(failures)



def test_default_thread_count_is_more_than_one():
    # Otherwise the single-thread run below would compare a setting with itself.
    assert torch.get_num_threads() > 1


@pytest.mark.parametrize("name", SNIPPET_NAMES)
def test_single_thread_prints_what_the_pages_show(name, one_thread):
    # The sybil run of the pages uses the default thread count; equal to the page both times.
    stdout, shown = run(snippet_path(name).read_text(encoding="utf-8"), name)
    failures = [f for e in PAGE_CLAIMS[name] if (f := check(e, stdout, shown))]
    assert not failures, "\n\n".join(failures)
