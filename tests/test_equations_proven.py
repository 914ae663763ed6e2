"""Every display equation is backed, in its own section, by a snippet that prints True."""

import re

import pytest

from tests.doc_examples import expectations, pages

_SECTION = re.compile(r"^## ", re.M)
_DISPLAY_MATH = re.compile(r"^\\\[", re.M)


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.name)
def test_each_equation_has_a_from_scratch_proof_nearby(page):
    text = page.read_text(encoding="utf-8")
    bounds = [0] + [m.start() for m in _SECTION.finditer(text)] + [len(text)]
    proofs = [e.start for e in expectations(page) if "True" in e.stdout]
    unproven = []
    for equation in _DISPLAY_MATH.finditer(text):
        start = max(b for b in bounds if b <= equation.start())
        end = min(b for b in bounds if b > equation.start())
        if not any(start <= proof < end for proof in proofs):
            unproven.append(text.count("\n", 0, equation.start()) + 1)
    assert not unproven, f"{page.name}: equations at lines {unproven} have no snippet printing True in their section"
