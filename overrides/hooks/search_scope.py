"""Keep code and output blocks out of the search index (material's `data-search-exclude`).

Every page carries dozens of snippets and their outputs, in two languages; indexed, they made
search_index.json ~780 KB, which every reader downloads on first load, and search hits landed
on `import torch` lines instead of the prose that explains things. API names stay findable:
the prose names every one it discusses. Inlined SVG diagrams are left out too: their label
text ("x[0] t = 0 x[1] ...") is no sentence a reader searches for; the caption says it in words.
"""

import re

_CODE_BLOCK = re.compile(r'<div class="(language-[\w-]+ highlight|jp-Cell-inputWrapper|jp-Cell-outputWrapper)"')


_SVG = re.compile(r'<svg(?=[\s>])')
# On the errors page the Output blocks ARE the messages readers paste into the search box, so
# those that show an exception stay indexed, and the tables that list every message (with a link
# to its section) are left out: the pasted message then finds its own section, not the list.
_TEXT_BLOCK = re.compile(r'<div class="language-text highlight">.*?</div>', re.S)
_EXCEPTION = re.compile(r"\b\w*(Error|Exception|Warning):")


def on_page_content(html, page, config, files):
    html = _SVG.sub("<svg data-search-exclude", html)
    if page.file.src_uri.split(".")[0] == "errors":
        html = html.replace("<table>", "<table data-search-exclude>")
        html = _TEXT_BLOCK.sub(lambda m: m[0].replace('<div class="language-text', '<div class="error-message language-text', 1)
                               if _EXCEPTION.search(re.sub(r"<[^>]+>", "", m[0])) else m[0], html)
    return _CODE_BLOCK.sub(lambda m: f'<div data-search-exclude class="{m[1]}"', html)
