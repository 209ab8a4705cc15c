"""The domain's modules import one another without a circle, and only at the top of a module.

An import inside a function is how a circle is hidden (``model`` once imported ``recurrence``
inside ``Event.validate`` because ``recurrence`` imports ``model``): both are caught here.
"""

from __future__ import annotations

import ast
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[2] / "cica_planner" / "domain"
PREFIX = "cica_planner.domain."


def _domain_imports(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.level == 1:
                found.add(PREFIX + node.module)
            elif node.module.startswith(PREFIX):
                found.add(node.module)
            elif node.module == "cica_planner.domain":
                found.update(PREFIX + alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith(PREFIX))
    return found


def _graph() -> dict[str, set[str]]:
    modules = {PREFIX + p.stem: p for p in DOMAIN.glob("*.py") if p.stem != "__init__"}
    return {name: _domain_imports(ast.parse(path.read_text(encoding="utf-8"))) & set(modules)
            for name, path in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One circle of imports, or None (depth-first search, colouring the modules being visited)."""
    visiting: list[str] = []
    done: set[str] = set()

    def visit(name: str) -> list[str] | None:
        if name in visiting:
            return [*visiting[visiting.index(name):], name]
        if name in done:
            return None
        visiting.append(name)
        for target in sorted(graph[name]):
            found = visit(target)
            if found:
                return found
        visiting.pop()
        done.add(name)
        return None

    for name in sorted(graph):
        found = visit(name)
        if found:
            return found
    return None


def test_the_domain_modules_import_one_another_without_a_circle() -> None:
    graph = _graph()
    assert PREFIX + "rules" in graph[PREFIX + "model"]
    assert PREFIX + "model" in graph[PREFIX + "recurrence"]
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_no_domain_module_imports_another_inside_a_function() -> None:
    late: list[str] = []
    for path in sorted(DOMAIN.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)):
            late.extend(f"{path.name}:{function.name} imports {name}" for name in sorted(_domain_imports(function)))
    assert late == []


def test_the_cycle_finder_sees_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
    assert _cycle(graph) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
