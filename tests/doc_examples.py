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
OUTPUT_TITLES = {kind: {t[kind] for t in TITLES.values()} for kind in ("output", "warning")}

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
    stdout: str                # the Output block's text ("" when the page shows none)
    warnings: str              # the Warning block's text
    output_titles: list        # titles of the blocks that follow, in order
    start: int                 # character span of the python block + its output blocks
    code_end: int
    end: int

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
        texts, titles, end = {"output": "", "warning": ""}, [], block.end
        for follower in blocks[i + 1:]:
            title = follower.lexemes["title"]
            if document.text[end:follower.start].strip() or follower.lexemes["language"] != "text" \
                    or not any(title in titles_ for titles_ in OUTPUT_TITLES.values()):
                break
            kind = "output" if title in OUTPUT_TITLES["output"] else "warning"
            texts[kind] = _raw_body(document, follower)
            titles.append(title)
            claimed.add(follower.start)
            end = follower.end
        found.append(Expectation(
            page=Path(document.path), line=document.text.count("\n", 0, block.start) + 1,
            code=code, snippet=snippet, title=block.lexemes["title"],
            stdout=texts["output"], warnings=texts["warning"], output_titles=titles,
            start=block.start, code_end=block.end, end=end))
    orphans = [b for b in blocks if b.start not in claimed and b.lexemes["language"] == "text"
               and any(b.lexemes["title"] in t for t in OUTPUT_TITLES.values())]
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


def check(expectation, stdout, shown_warnings):
    """Failure text (page:line + diffs) if the page disagrees with a run, else None."""
    problems = []
    lang = language_of(expectation.page)
    wrong = [t for t in expectation.output_titles if t not in TITLES[lang].values()]
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
    """The Output/Warning blocks for a run, as they should appear on the page."""
    titles = TITLES[language_of(expectation.page)]
    text = ""
    for kind, body in (("output", stdout), ("warning", shown_warnings)):
        if body.strip():
            text += f'\n\n```text title="{titles[kind]}"\n{normalise(body)}\n```'
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
