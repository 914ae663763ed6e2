"""The sybil parser and evaluator that prove what the pages print.

A page shows a Python block (usually a snippet embedded with ``--8<-- "topic/name.py"``),
then the ``text`` blocks titled ``Output`` / ``Warning`` (``输出`` / ``警告`` on Chinese
pages) with what running it prints. This module finds those groups with sybil's own fenced
block lexer, runs the code in a fresh namespace and compares stdout and warnings with the
page. The same lexing serves the parity and standalone tests and ``make outputs``.
"""

import difflib
import io
import re
import warnings
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import torch
from sybil import Document, Region
from sybil.evaluators.doctest import DocTestEvaluator
from sybil.parsers.abstract.doctest import DocTestStringParser
from sybil.parsers.markdown.lexers import FencedCodeBlockLexer, RawFencedCodeBlockLexer

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"

TITLES = {"en": {"output": "Output", "warning": "Warning"},
          "zh": {"output": "输出", "warning": "警告"}}
# A later torch release that prints something else gets its own block, proven under that release
# (`make torch-next`): "Warning (torch 2.14.1)", "警告（torch 2.14.1）". Unqualified blocks hold
# what the pinned release prints, and what any release without a block of its own must print.
_VERSION_NOTE = {"en": " (torch {})", "zh": "（torch {}）"}
_TITLE = re.compile(r"\A(?P<name>Output|Warning|输出|警告)(?: \(torch (?P<v>[\w.+]+)\)|（torch (?P<zv>[\w.+]+)）)?\Z")
_KIND = {name: kind for titles in TITLES.values() for kind, name in titles.items()}
TORCH = torch.__version__.split("+")[0]
PINNED = re.search(r"^torch==(\S+)$", (ROOT / "requirements.txt").read_text(encoding="utf-8"), re.M)[1]

# Any fenced block: its language and optional title="..." (sybil's stock parser skips titled blocks).
_BLOCK = RawFencedCodeBlockLexer(
    info_pattern=re.compile(r'(?P<language>[\w-]+)(?:[ \t]+title="(?P<title>[^"]*)")?[^\n]*$\n', re.M))
_INCLUDE = re.compile(r'\A--8<-- "(?P<path>[^"]+)"\s*\Z')
# Warnings print a build-specific source location; pages show "Category: message" only.
_BUILD_LOCATION = re.compile(r" \(Triggered internally at .*?\)$", re.S)

# TORCH_WARN_ONCE fires once per process; in-process runs must see it every time, like a fresh python.
torch.set_warn_always(True)


def language_of(path):
    return "zh" if Path(path).name.endswith(".zh.md") else "en"


@dataclass
class Expectation:
    """One Python block of a page and the output the page claims for it."""
    page: Path
    line: int
    code: str
    snippet: str | None        # path under snippets/ when the block embeds a file
    title: str | None
    blocks: dict               # (kind, torch version or None) -> text of the blocks that follow
    output_titles: list        # titles of the blocks that follow, in order
    start: int                 # character span of the python block + its output blocks
    code_end: int
    end: int

    def expected(self, kind, release=TORCH):
        """What the page says a run under this torch release prints ("" when it shows nothing)."""
        return self.blocks.get((kind, release), self.blocks.get((kind, None), ""))

    @property
    def stdout(self):
        return self.expected("output")

    @property
    def warnings(self):
        return self.expected("warning")

    @property
    def where(self):
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def _raw_body(document, block):
    """A block's text as written: sybil's lexeme is dedented, which would hide leading spaces."""
    start = block.start + block.lexemes["source"].offset
    return document.text[start:block.end].rsplit("\n", 1)[0] + "\n"


def _lex(document):
    """(expectations, orphans): orphans are Output/Warning blocks that follow no Python block."""
    blocks, found, claimed = list(_BLOCK(document)), [], set()
    for i, block in enumerate(blocks):
        if block.lexemes["language"] != "python":
            continue
        source = str(block.lexemes["source"])
        include = _INCLUDE.match(source)
        snippet = include["path"] if include else None
        code = (SNIPPETS / snippet).read_text(encoding="utf-8") if snippet and (SNIPPETS / snippet).is_file() else source
        texts, titles, end = {}, [], block.end
        for follower in blocks[i + 1:]:
            title = _TITLE.match(follower.lexemes["title"] or "")
            if document.text[end:follower.start].strip() or follower.lexemes["language"] != "text" or not title:
                break
            texts[_KIND[title["name"]], title["v"] or title["zv"]] = _raw_body(document, follower)
            titles.append(title[0])
            claimed.add(follower.start)
            end = follower.end
        found.append(Expectation(
            page=Path(document.path), line=document.text.count("\n", 0, block.start) + 1,
            code=code, snippet=snippet, title=block.lexemes["title"],
            blocks=texts, output_titles=titles,
            start=block.start, code_end=block.end, end=end))
    orphans = [b for b in blocks if b.start not in claimed and b.lexemes["language"] == "text"
               and _TITLE.match(b.lexemes["title"] or "")]
    return found, orphans


def expectations(page):
    """Every Python block of one Markdown page, with what the page says it prints."""
    page = Path(page)
    return _lex(Document(page.read_text(encoding="utf-8"), str(page)))[0]


def pages():
    return sorted(DOCS.rglob("*.md"))


def warning_line(category, message):
    """How a page shows a warning: "Category: message", minus torch's build-specific location."""
    return f"{category}: {_BUILD_LOCATION.sub('', message)}\n"


def run(code, filename="<snippet>"):
    """Run code as `python file.py` would, in a fresh namespace; return (stdout, warnings)."""
    out = io.StringIO()
    with warnings.catch_warnings(record=True) as caught, redirect_stdout(out):
        warnings.simplefilter("default")   # what a fresh interpreter shows
        exec(compile(code, filename, "exec"), {"__name__": "__main__", "__file__": filename})
    shown = "".join(warning_line(w.category.__name__, str(w.message)) for w in caught)
    return out.getvalue(), shown


def normalise(text):
    """Compare texts line by line, ignoring trailing whitespace and trailing blank lines."""
    return "\n".join(line.rstrip() for line in text.rstrip().splitlines())


def mismatch(label, expected, actual):
    """None when equal, else a unified diff (page vs actual run)."""
    expected, actual = normalise(expected), normalise(actual)
    if expected == actual:
        return None
    diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                f"{label} on the page", f"{label} when run", lineterm="")
    return "\n".join(diff)


def _title_fits(title, lang):
    """The block's name and its version note are written in the page's language."""
    match = _TITLE.match(title)
    return match["name"] in TITLES[lang].values() and not match["zv" if lang == "en" else "v"]


def check(expectation, stdout, shown_warnings):
    """Failure text (page:line + diffs) if the page disagrees with a run, else None."""
    problems = []
    lang = language_of(expectation.page)
    wrong = [t for t in expectation.output_titles if not _title_fits(t, lang)]
    if wrong:
        problems.append(f"block titles {wrong} do not match the page language ({lang}): "
                        f"use {list(TITLES[lang].values())}")
    if expectation.snippet and expectation.title != expectation.snippet:
        problems.append(f'embedded snippet must be titled with its file name: title="{expectation.snippet}"')
    for label, expected, actual in (("Output", expectation.stdout, stdout),
                                    ("Warning", expectation.warnings, shown_warnings)):
        diff = mismatch(label, expected, actual)
        if diff:
            problems.append(diff)
    if problems:
        name = f" ({expectation.snippet})" if expectation.snippet else ""
        return f"{expectation.where}{name}:\n" + "\n".join(problems)
    return None


def _evaluate(example):
    expectation = example.region.parsed
    if expectation.snippet and not (SNIPPETS / expectation.snippet).is_file():
        return f"{expectation.where}: embeds snippets/{expectation.snippet}, which does not exist"
    return check(expectation, *run(expectation.code, expectation.snippet or expectation.where))


class OutputBlockParser:
    """sybil parser: each Python block with the Output/Warning blocks that follow it."""

    def __call__(self, document):
        found, orphans = _lex(document)
        for expectation in found:
            yield Region(expectation.start, expectation.end, expectation, _evaluate)
        for block in orphans:
            line = document.text.count("\n", 0, block.start) + 1
            yield Region(block.start, block.end, None, lambda example, line=line: (
                f"{document.path}:{line}: this Output/Warning block does not directly follow "
                "a Python block, so nothing proves it"))


class PyconParser:
    """sybil parser: ```pycon blocks are doctests (they share the page's namespace)."""

    def __init__(self):
        self.lexer = FencedCodeBlockLexer("pycon")
        self.doctests = DocTestStringParser(DocTestEvaluator())

    def __call__(self, document):
        for region in self.lexer(document):
            source = region.lexemes["source"]
            for doctest in self.doctests(source, document.path):
                doctest.adjust(region, source)
                yield doctest


def render_outputs(expectation, stdout, shown_warnings):
    """The Output/Warning blocks for a run, as they should appear on the page. Under the pinned
    torch the run replaces the unqualified blocks; under another release it becomes that
    release's own block where it differs from them (and that block goes where it does not).
    Other releases' blocks are kept."""
    blocks = dict(expectation.blocks)
    for kind, body in (("output", stdout), ("warning", shown_warnings)):
        if TORCH == PINNED:
            blocks[kind, None] = body
        elif normalise(body) != normalise(blocks.get((kind, None), "")):
            blocks[kind, TORCH] = body
        else:
            blocks.pop((kind, TORCH), None)
    lang = language_of(expectation.page)
    text = ""
    for (kind, release), body in sorted(blocks.items(), key=lambda b: (b[0][1] or "", b[0][0] == "warning")):
        if body.strip() or release:
            title = TITLES[lang][kind] + (_VERSION_NOTE[lang].format(release) if release else "")
            text += f'\n\n```text title="{title}"\n{normalise(body)}\n```'
    return text


def rewrite_outputs(page):
    """Refresh every Output/Warning block of a page from real runs (`make outputs`)."""
    page = Path(page)
    text = page.read_text(encoding="utf-8")
    for expectation in reversed(expectations(page)):
        new = render_outputs(expectation, *run(expectation.code, expectation.snippet or expectation.where))
        text = text[:expectation.code_end] + new + text[expectation.end:]
    page.write_text(text, encoding="utf-8")


if __name__ == "__main__":      # `make outputs`, or `python -m tests.doc_examples docs/x.md ...`
    import sys
    for markdown_page in sys.argv[1:] or pages():
        rewrite_outputs(markdown_page)
