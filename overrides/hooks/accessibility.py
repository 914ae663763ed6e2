"""Give material's search dialog an accessible name (axe: aria-dialog-name, serious).

One attribute on one element of every page; copying material's whole search partial to add
it would be more to keep in sync than this substitution.
"""

_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def on_post_page(output, page, config):
    name = "搜索" if config.theme["language"] == "zh" else "Search"
    return output.replace(_DIALOG, _DIALOG[:-1] + f' aria-label="{name}">', 1)
