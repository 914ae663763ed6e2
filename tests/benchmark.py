"""`make bench`: build and test-suite times on this machine, each as seconds and as a multiple of
`python -c "import torch"` (the floor any run of a snippet pays), and page weight. Figures for
the README, not assertions."""

import gzip
import statistics
import subprocess
import sys
import time
from urllib.parse import urlparse

from playwright.sync_api import sync_playwright

from tests.browser import launch
from tests.conftest import SITE, built_pages, serve
from tests.doc_examples import ROOT


def _seconds(command):
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def page_weights(site_url):
    """Bytes a first visit downloads per page: the HTML plus every same-origin asset it loads,
    as (raw, gzip): static hosts such as GitHub Pages send text compressed."""
    weights = {}
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for path in built_pages(SITE):
            context = browser.new_context()          # empty cache: a first visit
            page, sizes = context.new_page(), []
            page.on("response", lambda r: sizes.append(r.body()) if urlparse(r.url).hostname == "127.0.0.1" else None)
            page.goto(site_url + path.removesuffix("index.html"), wait_until="networkidle")
            weights[path] = (sum(map(len, sizes)), sum(len(gzip.compress(b)) for b in sizes))
            context.close()
        browser.close()
    return weights


def main():
    python = sys.executable
    floor = _seconds([python, "-c", "import torch"])
    step = lambda label, seconds: print(f"{label:34} {seconds:6.1f} s  {seconds / floor:5.1f}x the floor")  # noqa: E731
    step("import torch (the floor)", floor)
    step("mkdocs build --strict", _seconds([python, "-m", "mkdocs", "build", "--strict"]))
    pytest = [python, "-m", "pytest", "-q", "-n", "2", "--dist", "loadgroup"]
    step("tests without browser", _seconds(pytest + ["-m", "not browser"]))
    step("  of which sybil over every page", _seconds(pytest + ["docs"]))
    step("browser tests", _seconds(pytest + ["-m", "browser"]))
    with serve(SITE) as site_url:
        weights = page_weights(site_url)
    for label, index in (("raw", 0), ("gzip", 1)):
        sizes = {path: weight[index] for path, weight in weights.items()}
        heaviest = max(sizes, key=sizes.get)
        print(f"page weight, first load, {label + ':':5} median {statistics.median(sizes.values()) / 1024:.0f} KB, "
              f"max {sizes[heaviest] / 1024:.0f} KB ({heaviest}), {len(sizes)} pages")


if __name__ == "__main__":
    main()
