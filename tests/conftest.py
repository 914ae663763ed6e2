"""Fixtures shared by the tests of the built site."""

import contextlib
import fcntl
import functools
import os
import http.server
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import torch
from playwright.sync_api import sync_playwright

from tests.browser import launch
from tests.doc_examples import ROOT

# SITE_DIR lets parallel sessions build and test their own copy (`mkdocs build -d $SITE_DIR`).
SITE = Path(os.environ.get("SITE_DIR", ROOT / "site")).resolve()


@pytest.fixture(scope="session")
def site_dir():
    """The built site. `make test` builds it first; if it is missing, build it once (xdist-safe)."""
    with open(ROOT / ".site-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (SITE / "index.html").is_file():
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(SITE)], cwd=ROOT, check=True,
                           capture_output=True)   # not -q: quiet mode stops strict from counting warnings
    return SITE


@contextlib.contextmanager
def serve(directory):
    """Serve a folder on 127.0.0.1 (a free port); yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def site_url(site_dir):
    """The built site, served for the browser tests."""
    with serve(site_dir) as url:
        yield url


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def built_pages(site_dir):
    """Every HTML page of the site except the 404 page, as paths relative to the site root."""
    return sorted(p.relative_to(site_dir).as_posix() for p in Path(site_dir).rglob("index.html"))


@pytest.fixture(scope="session")
def browser():
    """One headless Debian chromium for all browser tests of a worker."""
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh tab in a context of its own (clipboard allowed, for the copy-button tests)."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    yield context.new_page()
    context.close()


@pytest.fixture
def one_thread():
    """Run the test with torch on a single thread, then restore the default."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)
