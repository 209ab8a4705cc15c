"""Layering rules that review alone would not keep: no Qt below ui/, no SQL or sessions in ui/,
no ui/ in the command line, no views or dialogs in widgets."""

from __future__ import annotations

import ast
import gc
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "cica_planner"


def nodes(path: Path) -> tuple[ast.AST, ...]:
    """Every node of the module at ``path``, in ``ast.walk`` order (the tree itself first)."""
    return _walked(path.read_text(encoding="utf-8"), str(path))


@cache
def _walked(source: str, filename: str) -> tuple[ast.AST, ...]:
    # The rules below read the same few hundred files again and again: parse and walk each once a
    # session. Keyed by the source, so a file a test writes (or rewrites) is read as it is now.
    # A tree is hundreds of thousands of new objects, none of them garbage: without the cycle
    # collector running over them as they are made, parsing takes a quarter of the time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return tuple(ast.walk(ast.parse(source, filename=filename)))
    finally:
        if collecting:
            gc.enable()


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in nodes(path):
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


# --------------------------------------------------------------------------------------------
# Which part of the package may import which (issue #10, item 5)
# --------------------------------------------------------------------------------------------

#: The one way from the command line into the desktop: with no command, ``cica-planner`` opens the window.
CLI_STARTS_THE_WINDOW = {("cli/__init__.py", "cica_planner.app")}

#: Existing imports the rules below forbid, each kept for now with the follow-up that removes it.
#: The list must only shrink: an entry that no longer occurs fails the test, so it is deleted with the fix.
KNOWN_EXCEPTIONS: set[tuple[str, str]] = set()


def absolute_imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at its top or inside a function, relative imports made absolute."""
    # ``.`` is the folder of ``path``, for a package's __init__ as for any other module in it.
    package = ["cica_planner", *path.relative_to(PACKAGE).parent.parts]
    names: set[str] = set()
    for node in nodes(path):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, node.module] if node.module else base)
            # ``from cica_planner.ui import pdf_report`` imports the module pdf_report, not a name of ui.
            submodules = {f"{module}.{alias.name}" for alias in node.names if is_package_module(f"{module}.{alias.name}")}
            names.update(submodules or {module})
    return names


def is_package_module(dotted: str) -> bool:
    parts = dotted.split(".")
    if parts[0] != "cica_planner":
        return False
    place = PACKAGE.joinpath(*parts[1:])
    return place.with_suffix(".py").is_file() or (place / "__init__.py").is_file()


def imports_under(layer: str, forbidden: tuple[str, ...]) -> set[tuple[str, str]]:
    """(file, module) for every import of a ``forbidden`` module (or one below it) by a file under ``layer``."""
    found = set()
    for path in python_files(layer):
        for module in absolute_imports(path):
            if any(module == prefix or module.startswith(prefix + ".") for prefix in forbidden):
                found.add((str(path.relative_to(PACKAGE)), module))
    return found


def test_the_command_line_does_not_import_the_ui() -> None:
    """The CLI is usable without a window system: it calls services, and only its entry opens the window."""
    found = imports_under("cli", ("cica_planner.ui", "cica_planner.app", "PySide6"))
    assert found - CLI_STARTS_THE_WINDOW - KNOWN_EXCEPTIONS == set()
    stale = {entry for entry in KNOWN_EXCEPTIONS if entry[0].startswith("cli/")} - found
    assert not stale, f"fixed, so remove from KNOWN_EXCEPTIONS: {sorted(stale)}"
    assert found >= CLI_STARTS_THE_WINDOW, "the window is started elsewhere now: update CLI_STARTS_THE_WINDOW"


def test_widgets_do_not_import_views_or_dialogs() -> None:
    """Widgets are the parts views and dialogs are built from, never the other way round."""
    found = imports_under("ui/widgets", ("cica_planner.ui.views", "cica_planner.ui.dialogs"))
    assert found - KNOWN_EXCEPTIONS == set()
    stale = {entry for entry in KNOWN_EXCEPTIONS if entry[0].startswith("ui/widgets/")} - found
    assert not stale, f"fixed, so remove from KNOWN_EXCEPTIONS: {sorted(stale)}"


def test_import_rules_see_relative_late_and_from_package_imports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules above would pass vacuously if the reader missed an import form; it does not."""
    package = tmp_path / "cica_planner"
    for folder in ("widgets", "views", "dialogs"):
        (package / "ui" / folder).mkdir(parents=True)
        (package / "ui" / folder / "__init__.py").write_text("")
    for module in ("views/week_view.py", "dialogs/task_dialog.py", "pdf_report.py"):
        (package / "ui" / module).write_text("")
    sample = package / "ui" / "widgets" / "sample.py"
    sample.write_text("from ..views import week_view\nfrom ..dialogs.task_dialog import TaskDialog\n"
                      "def late():\n    from cica_planner.ui import pdf_report\n")
    monkeypatch.setattr(f"{__name__}.PACKAGE", package)
    assert {"cica_planner.ui.views.week_view", "cica_planner.ui.dialogs.task_dialog", "cica_planner.ui.pdf_report"} \
        <= absolute_imports(sample)
    assert ("ui/widgets/sample.py", "cica_planner.ui.views.week_view") in imports_under(
        "ui/widgets", ("cica_planner.ui.views",))


# --------------------------------------------------------------------------------------------
# No service reaches into another's engine (issue #10, item 2)
# --------------------------------------------------------------------------------------------

#: The modules outside storage/ that hold engines: the one that opens a calendar (and gets its
#: engine from storage) and the composition root that hands the engine to each service.
ENGINE_HOLDERS = {"services/seeding.py", "services/container.py"}

#: Services that still open sessions on another service's engine: none is left (the container
#: hands each its engine and the services it uses), and none may come back.
KNOWN_ENGINE_REACHES: set[tuple[str, str]] = set()


def engine_reaches(path: Path) -> set[tuple[str, str]]:
    """(file, expression) for every ``<something>.engine`` in ``path`` where <something> is not ``self``."""
    found = set()
    for node in nodes(path):
        if isinstance(node, ast.Attribute) and node.attr == "engine":
            if isinstance(node.value, ast.Name) and node.value.id == "self":
                continue
            found.add((str(path.relative_to(PACKAGE)), ast.unparse(node)))
    return found


def test_no_service_uses_another_services_engine() -> None:
    """Outside storage/ an engine is only ever a service's own (``self.engine``) or handed over by the container."""
    found = {
        reach
        for path in python_files("services", "ui", "cli")
        if str(path.relative_to(PACKAGE)) not in ENGINE_HOLDERS
        for reach in engine_reaches(path)
    }
    for module in ("app.py", "display.py"):
        found |= engine_reaches(PACKAGE / module)
    assert found - KNOWN_ENGINE_REACHES == set(), "take the service from services/container.py instead"
    stale = KNOWN_ENGINE_REACHES - found
    assert not stale, f"fixed, so remove from KNOWN_ENGINE_REACHES: {sorted(stale)}"


def test_engine_rule_sees_a_reach(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "cica_planner"
    (package / "ui").mkdir(parents=True)
    sample = package / "ui" / "sample.py"
    sample.write_text("class Page:\n    def __init__(self, window):\n        self.engine = window.planner.engine\n"
                      "    def own(self):\n        return self.engine\n")
    monkeypatch.setattr(f"{__name__}.PACKAGE", package)
    assert engine_reaches(sample) == {("ui/sample.py", "window.planner.engine")}


# --------------------------------------------------------------------------------------------
# No import cycle (issue #10, item 4)
# --------------------------------------------------------------------------------------------

#: Cycles still in the package, each with the work that breaks it; none is left, and none may come back.
KNOWN_CYCLES: set[frozenset[str]] = set()


def module_name(path: Path) -> str:
    parts = ["cica_planner", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def runtime_imports(path: Path) -> set[str]:
    """The package's modules ``path`` imports when it runs: at its top or in a function, not for type checking."""
    walked = nodes(path)
    type_only = {
        id(inner)
        for node in walked
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for statement in node.body
        for inner in ast.walk(statement)
    }
    names: set[str] = set()
    for node in walked:
        if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in type_only:
            names |= absolute_imports_of(node, path)
    return {name for name in names if is_package_module(name)}


def absolute_imports_of(node: ast.Import | ast.ImportFrom, path: Path) -> set[str]:
    """The modules one import statement of ``path`` names, relative imports made absolute."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names}
    package = ["cica_planner", *path.relative_to(PACKAGE).parent.parts]
    base = package[: len(package) - node.level + 1] if node.level else []
    module = ".".join([*base, node.module] if node.module else base)
    submodules = {f"{module}.{alias.name}" for alias in node.names if is_package_module(f"{module}.{alias.name}")}
    return submodules or {module}


def import_graph() -> dict[str, set[str]]:
    files = [p for p in PACKAGE.rglob("*.py") if "migrations" not in p.relative_to(PACKAGE).parts]
    graph = {module_name(path): runtime_imports(path) for path in files}
    return {module: {d for d in imported if d != module} for module, imported in graph.items()}


def cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.add(frozenset(group))
    return found


def test_the_package_has_no_import_cycle() -> None:
    """Module-level and function-level imports alike: a late import hides a cycle, it does not break it."""
    found = cycles(import_graph())
    assert found - KNOWN_CYCLES == set(), "break the cycle: move the shared part into a module both import"
    stale = KNOWN_CYCLES - found
    assert not stale, f"broken, so remove from KNOWN_CYCLES: {sorted(map(sorted, stale))}"


def test_cycle_finder_sees_a_late_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "cica_planner"
    (package / "services").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "services" / "__init__.py").write_text("")
    (package / "services" / "seeding.py").write_text("def seed():\n    from cica_planner.services import checklists\n")
    (package / "services" / "checklists.py").write_text("from .seeding import seed\n")
    (package / "services" / "typed.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from cica_planner.services import seeding\n")
    monkeypatch.setattr(f"{__name__}.PACKAGE", package)
    graph = import_graph()
    assert graph["cica_planner.services.typed"] == set()  # a type-only import runs nothing
    assert cycles(graph) == {frozenset({"cica_planner.services.seeding", "cica_planner.services.checklists"})}


#: The services whose tables have repositories: they query through those, never with SQL of their own.
SERVICES_OVER_REPOSITORIES = ("services/chairmanship.py", "services/checklists.py", "services/tasks.py")


@pytest.mark.parametrize("name", SERVICES_OVER_REPOSITORIES)
def test_services_use_repositories_not_tables(name: str) -> None:
    path = PACKAGE / name
    queries = {
        alias.name
        for node in nodes(path)
        if isinstance(node, ast.ImportFrom) and node.module in {"sqlmodel", "sqlalchemy"}
        for alias in node.names
        if alias.name in {"select", "col", "delete", "update", "insert"}
    }
    assert not queries, f"{name} writes SQL ({sorted(queries)}): ask storage/repositories instead"
    assert "cica_planner.storage.tables" not in imported_modules(path), f"{name} reads table rows itself"
