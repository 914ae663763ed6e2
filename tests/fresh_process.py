"""Run a snippet as if by `python snippets/x.py` from an empty folder, without paying for one
torch import per snippet.

A fork server (the code in _SERVER, run by a fresh interpreter) imports torch once, then forks
one child per snippet. The child has never run any snippet: it runs the file as `__main__`
(runpy) from an empty working folder, with default warning filters, stdin from /dev/null and
file descriptors 1 and 2 redirected to files, so what C++ code writes is captured too; it exits
the way `python` would (1 on an uncaught exception, -N when killed by signal N).
tests/test_snippets_standalone.py proves, on a subset, that this agrees with a literal
`python snippets/x.py`.

multiprocessing's forkserver would do the forking too, but each of its children re-runs the
parent's __main__ (pytest's entry script) and pickles its target: slower, and not `python x.py`.
"""

import atexit
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

_SERVER = r"""
import json, os, runpy, select, signal, sys, traceback
import numpy, torch                          # the one import every snippet shares
import torch._dynamo                         # what building any torch.optim optimizer first loads (~1.5 s)

def child(path, workdir, captures, threads):
    os.chdir(workdir)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    for fd, name in ((1, "stdout"), (2, "stderr")):
        os.dup2(os.open(os.path.join(captures, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC), fd)
    sys.argv, sys.path[0] = [path], os.path.dirname(path)      # as the interpreter sets them
    if threads:
        torch.set_num_threads(threads)
    code = 0
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else int(exit_.code is not None)
    except BaseException as error:
        tb = error.__traceback__                 # from the snippet's frame on, as python prints it
        while tb and tb.tb_frame.f_code.co_filename != path:
            tb = tb.tb_next
        traceback.print_exception(type(error), error, tb or error.__traceback__)
        code = 1
    sys.stdout.flush(), sys.stderr.flush()
    os._exit(code)

for line in sys.stdin:
    request = json.loads(line)
    timeout = request.pop("timeout")
    pid = os.fork()
    if pid == 0:
        child(**request)
    timed_out = not select.select([os.pidfd_open(pid)], [], [], timeout)[0]
    if timed_out:
        os.kill(pid, signal.SIGKILL)
    status = os.waitpid(pid, 0)[1]
    print(json.dumps({"returncode": os.waitstatus_to_exitcode(status), "timed_out": timed_out}), flush=True)
"""


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


_server = None


def _fork_server():
    global _server
    if _server is None or _server.poll() is not None:
        _server = subprocess.Popen([sys.executable, "-c", _SERVER], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, text=True, cwd="/")
        atexit.register(_server.kill)
    return _server


def forked(path, workdir, threads=None, timeout=120):
    """Run path in a fresh child of the fork server, from workdir (which it leaves empty of
    anything but what the snippet writes: the captures go to a sibling folder)."""
    captures = Path(f"{workdir}.captured")
    captures.mkdir()
    server = _fork_server()
    server.stdin.write(json.dumps({"path": str(Path(path).resolve()), "workdir": str(workdir),
                                   "captures": str(captures), "threads": threads, "timeout": timeout}) + "\n")
    server.stdin.flush()
    reply = json.loads(server.stdout.readline())
    if reply["timed_out"]:
        raise TimeoutError(f"{path} ran for more than {timeout} s")
    read = lambda name: (captures / name).read_text(encoding="utf-8")  # noqa: E731
    return Run(reply["returncode"], read("stdout"), read("stderr"))


def literal(path, workdir, timeout=120):
    """The same, the slow way: a new interpreter, `python path`, started in workdir."""
    result = subprocess.run([sys.executable, str(Path(path).resolve())], cwd=workdir,
                            capture_output=True, text=True, timeout=timeout)
    return Run(result.returncode, result.stdout, result.stderr)
