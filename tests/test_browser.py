"""Open every built page in a real browser: nothing but localhost is requested, nothing fails."""

from urllib.parse import urlparse

import pytest
from playwright.sync_api import sync_playwright

from tests.browser import launch
from tests.conftest import built_pages


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


def _pages(site_dir):
    return built_pages(site_dir)


def test_every_page_loads_cleanly_and_stays_on_localhost(browser, site_dir, site_url):
    problems = []
    page = browser.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("requestfailed", lambda r: errors.append(f"request failed: {r.url}"))
    page.on("console", lambda m: errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
    for path in _pages(site_dir):
        requests.clear(), errors.clear()
        response = page.goto(site_url + path.removesuffix("index.html"), wait_until="networkidle")
        foreign = [u for u in requests if urlparse(u).hostname not in ("127.0.0.1", None)
                   and not u.startswith(("data:", "blob:"))]
        if response.status != 200 or foreign or errors:
            problems.append(f"{path}: status {response.status}, foreign {foreign}, errors {errors}")
        # Equations: MathML laid out by the browser, no TeX delimiters left in the visible text.
        text = page.inner_text("article")
        if "\\(" in text or "\\[" in text or "$$" in text:
            problems.append(f"{path}: raw TeX visible")
        for box in page.eval_on_selector_all("article math", "els => els.map(e => e.getBoundingClientRect().height)"):
            if box <= 0:
                problems.append(f"{path}: an equation has no height")
                break
    page.close()
    assert not problems, "\n".join(problems)


def test_equations_are_drawn(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + "rnn/")
    heights = page.eval_on_selector_all('div.arithmatex math[display="block"]',
                                        "els => els.map(e => e.getBoundingClientRect().height)")
    page.close()
    assert heights and min(heights) > 15   # laid out as MathML, not left as one line of TeX
