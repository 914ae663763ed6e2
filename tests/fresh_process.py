"""Run a snippet as if by `python snippets/x.py` from an empty folder, without paying for one
torch import per snippet.

A multiprocessing fork server imports torch once (its preload list); each run forks a clean
child from it, which has never run any snippet: it gets its own `__main__` (runpy), an empty
working folder, default warning filters, and file descriptors 1 and 2 redirected to files, so
what C++ code writes is captured too. tests/test_snippets_standalone.py proves, on a subset,
that this agrees with a literal `python snippets/x.py`.
"""

import multiprocessing
import os
import runpy
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["torch", "numpy"])


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def _child(path, workdir, captures, threads):
    """In the forked child: become `python path` run from workdir, then exit like it would."""
    import torch
    os.chdir(workdir)
    for fd, name in ((1, "stdout"), (2, "stderr")):
        file = os.open(os.path.join(captures, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(file, fd)
        os.close(file)
    sys.argv, sys.path[0] = [path], os.path.dirname(path)   # as the interpreter sets them
    if threads:
        torch.set_num_threads(threads)
    code = 0
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (exit_.code is not None)
    except BaseException:
        traceback.print_exc()
        code = 1
    sys.stdout.flush(), sys.stderr.flush()
    os._exit(code)


def forked(path, workdir, threads=None, timeout=120):
    """Run path in a fresh child of the fork server, from workdir (which it leaves empty of
    anything but what the snippet writes: the captures go to a sibling folder)."""
    captures = Path(f"{workdir}.captured")
    captures.mkdir()
    process = _CONTEXT.Process(target=_child, args=(str(Path(path).resolve()), str(workdir), str(captures), threads))
    process.start()
    process.join(timeout)
    if process.exitcode is None:
        process.kill()
        raise TimeoutError(f"{path} ran for more than {timeout} s")
    read = lambda name: (captures / name).read_text(encoding="utf-8")  # noqa: E731
    return Run(process.exitcode, read("stdout"), read("stderr"))


def literal(path, workdir, timeout=120):
    """The same, the slow way: a new interpreter, `python path`, started in workdir."""
    result = subprocess.run([sys.executable, str(Path(path).resolve())], cwd=workdir,
                            capture_output=True, text=True, timeout=timeout)
    return Run(result.returncode, result.stdout, result.stderr)
