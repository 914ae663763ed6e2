"""Headless Debian chromium driven by Playwright (its own browser download does not work here)."""

import os
import shutil

# CHROMIUM names another Chromium-based browser (GitHub's runners: their preinstalled Chrome; .ci/run).
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
