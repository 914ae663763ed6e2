"""Copy-paste guarantee: each snippet, run as a program of its own from an unrelated, empty
folder, prints exactly what every page embedding it shows, warnings included. Each runs in a
clean child of a fork server that imported torch once (tests/fresh_process.py); a subset, one
snippet per topic folder, also runs as a literal `python snippets/x.py`, and the two must agree.
The output must not depend on torch's thread count either."""

import re

import pytest
import torch

from tests.doc_examples import check, warning_line
from tests.fresh_process import forked, literal
from tests.snippet_runs import PAGE_CLAIMS, SNIPPET_NAMES, snippet_path

# "path/to/file.py:123: UserWarning: message" as Python prints it on stderr
_STDERR_WARNING = re.compile(r"^.*?:\d+: (?P<category>\w*Warning): (?P<message>.*)$")
# One snippet per topic folder (the first by name): the literal-python proof of equivalence.
LITERAL_SUBSET = sorted({name.split("/")[0]: name for name in reversed(SNIPPET_NAMES)}.values())


def _warnings_from_stderr(stderr):
    shown = []
    for line in stderr.splitlines():
        match = _STDERR_WARNING.match(line)
        if match:
            shown.append(warning_line(match["category"], match["message"]))
        elif line and not line.startswith(" "):   # indented lines echo the source line
            raise AssertionError(f"unexpected stderr line: {line!r}\n{stderr}")
    return "".join(shown)


def _assert_pages_show(name, run):
    assert run.returncode == 0, run.stderr
    shown = _warnings_from_stderr(run.stderr)
    failures = [f for e in PAGE_CLAIMS[name] if (f := check(e, run.stdout, shown))]
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("name", SNIPPET_NAMES)
def test_fresh_process_prints_what_the_pages_show(name, tmp_path):
    _assert_pages_show(name, forked(snippet_path(name), tmp_path))


@pytest.mark.parametrize("name", LITERAL_SUBSET)
def test_literal_python_agrees_with_the_fork_server(name, tmp_path):
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    by_python = literal(snippet_path(name), tmp_path / "a")
    by_fork = forked(snippet_path(name), tmp_path / "b")
    _assert_pages_show(name, by_python)
    assert (by_fork.returncode, by_fork.stdout, by_fork.stderr) == \
        (by_python.returncode, by_python.stdout, by_python.stderr)


def test_literal_subset_covers_every_topic_folder():
    assert {n.split("/")[0] for n in LITERAL_SUBSET} == {n.split("/")[0] for n in SNIPPET_NAMES}


def test_default_thread_count_is_more_than_one():
    # Otherwise the single-thread run below would compare a setting with itself.
    assert torch.get_num_threads() > 1


@pytest.mark.parametrize("name", SNIPPET_NAMES)
def test_single_thread_prints_what_the_pages_show(name, tmp_path):
    # The sybil run of the pages uses the default thread count; equal to the page both times.
    _assert_pages_show(name, forked(snippet_path(name), tmp_path, threads=1))
