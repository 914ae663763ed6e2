"""Make mkdocs-jupyter work under mkdocs-static-i18n, and keep notebook pages light.

1. i18n's on_files (priority -100) rebuilds every file as a plain File, so the notebooks
   that mkdocs-jupyter had wrapped (priority 0) would be copied raw instead of rendered
   (ultrabug/mkdocs-static-i18n#198). We run after it and wrap them again, keeping the
   per-language destination i18n computed (e.g. zh/notebooks/x/index.html).
2. mkdocs-jupyter inlines ~590 KB of JupyterLab CSS into every page and a MathJax <script>
   pointing at a CDN. We drop both; assets/site.css styles the few classes we render.
"""

import re

from mkdocs.plugins import event_priority
from mkdocs_jupyter.plugin import NotebookFile

_INLINED_CSS = re.compile(r"<style[^>]*>.*?</style>", re.DOTALL)
_EXTERNAL_SCRIPT = re.compile(r'<script[^>]*\bsrc="https?://[^"]*"[^>]*>\s*</script>')
_MATHJAX_CONFIG = re.compile(r"<script[^>]*>\s*(?:(?!</script>).)*MathJax(?:(?!</script>).)*</script>", re.DOTALL)


def _jupyter(config):
    return config.plugins["mkdocs-jupyter"]


@event_priority(-200)
def on_files(files, config):
    jupyter = _jupyter(config)
    for file in [f for f in files if jupyter.should_include(f) and not isinstance(f, NotebookFile)]:
        notebook = NotebookFile(file, **config)
        # keep i18n's localized destination instead of NotebookFile's own guess
        notebook.dest_path, notebook.abs_dest_path, notebook.url = (
            file.dest_path, file.abs_dest_path, file.url)
        # edit in place: files is i18n's own Files subclass, which resolves localized links
        files.remove(file)
        files.append(notebook)
    return files


def on_page_content(html, page, config, files):
    if not _jupyter(config).should_include(page.file):
        return html
    for pattern in (_INLINED_CSS, _EXTERNAL_SCRIPT, _MATHJAX_CONFIG):
        html = pattern.sub("", html)
    return html
