"""Keep code and output blocks out of the search index (material's `data-search-exclude`).

Every page carries dozens of snippets and their outputs, in two languages; indexed, they made
search_index.json ~780 KB, which every reader downloads on first load, and search hits landed
on `import torch` lines instead of the prose that explains things. API names stay findable:
the prose names every one it discusses.
"""

import re

_CODE_BLOCK = re.compile(r'<div class="(language-[\w-]+ highlight|jp-Cell-inputWrapper|jp-Cell-outputWrapper)"')


def on_page_content(html, page, config, files):
    return _CODE_BLOCK.sub(lambda m: f'<div data-search-exclude class="{m[1]}"', html)
