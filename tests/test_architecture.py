"""Layering rules that review alone would not keep: no Qt below ui/, no SQL or sessions in ui/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "cica_planner"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def python_files(*layers: str) -> list[Path]:
    return sorted(p for layer in layers for p in (PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("path", python_files("domain", "storage", "services"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_lower_layers_never_import_qt(path: Path) -> None:
    offending = {m for m in imported_modules(path) if m.split(".")[0] in {"PySide6", "shiboken6"}}
    assert not offending, f"{path.relative_to(PACKAGE)} imports {sorted(offending)}"


@pytest.mark.parametrize("path", python_files("domain"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_domain_is_plain_python(path: Path) -> None:
    offending = {m for m in imported_modules(path) if m.split(".")[0] in {"sqlmodel", "sqlalchemy", "alembic"}}
    offending |= {m for m in imported_modules(path) if m.startswith(("cica_planner.storage", "cica_planner.services"))}
    assert not offending, f"{path.relative_to(PACKAGE)} imports {sorted(offending)}"


def test_ui_talks_to_services_only() -> None:
    ui_files = python_files("ui")
    for path in ui_files:
        offending = {
            m for m in imported_modules(path)
            if m.split(".")[0] in {"sqlmodel", "sqlalchemy", "alembic"} or m.startswith("cica_planner.storage")
        }
        assert not offending, f"{path.relative_to(PACKAGE)} reaches below the services: {sorted(offending)}"


def test_checker_sees_real_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import PySide6.QtCore\nfrom sqlmodel import Session\n")
    assert imported_modules(sample) == {"PySide6.QtCore", "sqlmodel"}
