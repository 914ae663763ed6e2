"""Make mkdocs-jupyter work under mkdocs-static-i18n, and make notebook pages look like chapters.

1. i18n's on_files (priority -100) rebuilds every file as a plain File, so the notebooks
   that mkdocs-jupyter had wrapped (priority 0) would be copied raw instead of rendered
   (ultrabug/mkdocs-static-i18n#198). We run after it and wrap them again, keeping the
   per-language destination i18n computed (e.g. zh/notebooks/x/index.html).
2. mkdocs-jupyter inlines ~590 KB of JupyterLab CSS into every page, and scripts of its own:
   a MathJax <script> pointing at a CDN, a clipboard widget, a mermaid loader. We drop them
   all: nothing here needs them (material copies code, there are no widgets or diagrams).
3. Cells get the markup of a chapter's code blocks, so material styles them and mounts its copy
   button: mkdocs-jupyter's `highlight_extra_classes: highlight` (mkdocs.yml) puts material's
   Pygments colours on cells and outputs; here the code is wrapped in <code> (material's copy
   button and code font size apply to `pre > code`), each cell is titled with its prompt
   (In [1]:) where a chapter's block names its snippet, each output is titled "Output" ("输出"
   on /zh/) as doc_examples titles a chapter's, and the plugin's own copy widget goes.
4. An "Open in Colab" link on each notebook page, built from the repository the deploy runs
   in: GitHub Actions sets GITHUB_REPOSITORY (owner/name) and GITHUB_REF_NAME (the branch).
   It is a plain link, so nothing is requested on load. A build without GITHUB_REPOSITORY
   (a local `make build` / `make serve`) has no such link: without it there is no address
   that Colab could open, and a guessed one would be a broken link.
"""

import os
import re
from pathlib import Path

import material
from mkdocs.plugins import event_priority
from mkdocs_jupyter.plugin import NotebookFile

_INLINED_CSS = re.compile(r"<style[^>]*>.*?</style>", re.DOTALL)
_SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL)
_COPY_WIDGET = re.compile(r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>'
                          r'|<div class="clipboard-copy-txt"[^>]*>.*?</div>', re.DOTALL)
# a code cell: its prompt (In [1]:), then nbconvert's Pygments
# <div class="highlight-ipynb hl-python highlight"><pre><span></span>…</pre>
_CODE = re.compile(r'<div class="jp-InputPrompt jp-InputArea-prompt">(In\xa0\[[^\]<]*\]:)</div>(.*?)'
                   r'<div class="highlight-ipynb hl-(\w+) highlight"><pre>(?:<span></span>)?(.*?)</pre>', re.DOTALL)
_EMPTY_PROMPT = re.compile(r'<div class="jp-(?:Input|Output)Prompt jp-(?:Input|Output)Area-prompt">\s*</div>')
# a printed output (stdout, or a result's text/plain): <div class="… highlight" data-mime-type…><pre>…</pre>
_OUTPUT = re.compile(r'(<div class="jp-RenderedText jp-OutputArea-output) highlight"'
                     r'( data-mime-type="text/plain"[^>]*>)\s*<pre>(.*?)</pre>', re.DOTALL)
OUTPUT_TITLE = {"en": "Output", "zh": "输出"}
COLAB_TITLE = {"en": "Open in Colab", "zh": "在 Colab 中打开"}
# the icon inlined from material's own set, as its templates inline theirs (no request)
_COLAB_ICON = (Path(material.__file__).parent / "templates/.icons/simple/googlecolab.svg").read_text(encoding="utf-8")


def _jupyter(config):
    return config.plugins["mkdocs-jupyter"]


def _language(page):
    return "zh" if page.url.startswith("zh/") else "en"


def colab_url(notebook_path, environ):
    """Colab's address for a notebook (its path from the repository root), or None outside Actions."""
    repository = environ.get("GITHUB_REPOSITORY")
    if not repository:
        return None
    branch = environ.get("GITHUB_REF_NAME") or "main"
    return f"https://colab.research.google.com/github/{repository}/blob/{branch}/{notebook_path}"


def colab_link(page, config, environ=os.environ):
    root = Path(config.config_file_path).parent
    url = colab_url(Path(page.file.abs_src_path).relative_to(root).as_posix(), environ)
    if url is None:
        return ""
    title = COLAB_TITLE[_language(page)]
    return (f'<a href="{url}" class="md-content__button md-icon nb-colab" title="{title}">'
            f"{_COLAB_ICON} {title}</a>")


def chapter_markup(html, language):
    """nbconvert's cells and outputs as pymdownx.highlight renders a chapter's code and Output blocks."""
    html = _EMPTY_PROMPT.sub("", _COPY_WIDGET.sub("", html))
    # the prompt becomes the block's title, where a chapter names its snippet (and material's
    # copy button sits in that title bar, over no code)
    html = _CODE.sub(r'\2<div class="language-\3 highlight"><span class="filename">\1</span>'
                     r"<pre><span></span><code>\4</code></pre>", html)
    title = OUTPUT_TITLE[language]
    return _OUTPUT.sub(rf'\1 language-text highlight"\2<span class="filename">{title}</span>'
                       r"<pre><span></span><code>\3</code></pre>", html)


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
    for pattern in (_INLINED_CSS, _SCRIPT):
        html = pattern.sub("", html)
    return colab_link(page, config) + chapter_markup(html, _language(page))
