"""Notebook headings take an explicit id, as pages do: `## 单层 { #one-layer }`.

mkdocs-jupyter derives a heading's id from the heading's ASCII letters only, so a Chinese
heading got id="" (and a ¶ link to "#") while the table of contents, slugged by
python-markdown, linked to #_1, #_2: every section link on a Chinese notebook page was dead.
Here a trailing `{ #id }` sets the id of the heading, of its ¶ link and of its table-of-contents
entry, and is removed from the heading's text and from the page title mkdocs-jupyter takes from
the first heading (the navigation and <title> show it).
"""

import re

_ATTR = re.compile(r"\s*\{\s*#([\w-]+)\s*\}\s*$")
_HEADING = re.compile(r'<h([1-6]) id="[^"]*">(.*?)\s*\{\s*#([\w-]+)\s*\}'
                      r'<a class="anchor-link" href="#[^"]*">')


def _retitle(items):
    for item in items:
        if match := _ATTR.search(item.title):
            item.title, item.id = item.title[:match.start()], match[1]
        _retitle(item.children)


def on_page_content(html, page, config, files):
    if not page.file.src_uri.endswith(".ipynb"):
        return html
    _retitle(page.toc)
    page.title = _ATTR.sub("", page.title or "") or page.title
    return _HEADING.sub(
        lambda m: f'<h{m[1]} id="{m[3]}">{m[2]}<a class="anchor-link" href="#{m[3]}">', html)
