"""docs/reliability.md maps every guarantee to a test that exists.

Each row of a table with a "Proof" column must name at least one test as ``PATH::NAME``
(``::NAME`` alone names another test of the previous path in the same cell), and every test
named anywhere in the document must be a test function of that file. A renamed or deleted
test makes this fail instead of leaving a guarantee without its proof.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "reliability.md"
REFERENCE = re.compile(r"`((?:tests/[\w/]+\.py)?)(?:::(test_\w+))?`")


@cache
def _test_functions(path: Path) -> frozenset[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return frozenset(node.name for node in ast.walk(tree)
                     if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_"))


def references(text: str) -> list[tuple[str, str | None]]:
    """(path, test name or None) for each test reference in ``text``, ``::NAME`` resolved against the path before it."""
    found: list[tuple[str, str | None]] = []
    path = ""
    for match in REFERENCE.finditer(text):
        named_path, name = match.group(1), match.group(2)
        if not named_path and not name:
            continue
        path = named_path or path
        assert path, f"{match.group(0)} names a test without a file before it"
        found.append((path, name))
    return found


def proof_cells(text: str) -> list[tuple[str, str]]:
    """(guarantee, proof) for every row of the tables whose last column is "Proof"."""
    rows: list[tuple[str, str]] = []
    in_proof_table = False
    for line in text.splitlines():
        if not line.startswith("|"):
            in_proof_table = False
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells[-1] == "Proof":
            in_proof_table = True
        elif in_proof_table and not set(cells[-1]) <= {"-", ":"}:
            rows.append((cells[0], cells[-1]))
    return rows


def test_every_guarantee_names_a_test() -> None:
    rows = proof_cells(DOC.read_text(encoding="utf-8"))
    assert len(rows) > 40
    unproved = [guarantee[:70] for guarantee, proof in rows if not any(name for _, name in references(proof))]
    assert unproved == []


def test_every_test_the_document_names_exists() -> None:
    named = references(DOC.read_text(encoding="utf-8"))
    assert len([name for _, name in named if name]) > 50
    missing = [f"{path}::{name}" if name else path for path, name in named
               if not (ROOT / path).is_file() or (name and name not in _test_functions(ROOT / path))]
    assert missing == []


def test_the_reader_resolves_short_references_and_skips_other_code() -> None:
    cell = "`tests/a/test_x.py::test_one`, `::test_two`, `python -m pytest`, `tests/b/test_y.py`"
    assert references(cell) == [("tests/a/test_x.py", "test_one"), ("tests/a/test_x.py", "test_two"),
                                ("tests/b/test_y.py", None)]
    table = "| Guarantee | Proof |\n|---|---|\n| It holds. | `tests/a.py::test_a` |\n\nprose\n| Limit | Value |\n| 1 | 2 |"
    assert proof_cells(table) == [("It holds.", "`tests/a.py::test_a`")]
