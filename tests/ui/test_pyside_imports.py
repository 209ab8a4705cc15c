"""PySide's check of each module imported after it reads no source of the app's or the standard library's.

Each test starts a fresh interpreter: the check runs once per module and process, and the first
import of the UI package is what stops the reading.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from cica_planner import pyside_imports

ROOT = Path(__file__).resolve().parents[2]


def _run(source: str, tmp_path: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(source)], cwd=ROOT, capture_output=True, text=True,
                          check=False, env={"PYTHONPATH": f"{ROOT}:{tmp_path}", "QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_the_ui_package_stops_pyside_reading_the_sources_of_the_app_and_the_standard_library(tmp_path) -> None:
    (tmp_path / "unlisted_library.py").write_text("ANSWER = 42\n", encoding="utf-8")
    read, answers, others_read = _run("""
        import inspect, sys
        import PySide6.QtCore
        import cica_planner.ui  # from here on PySide's check is answered without reading

        read = []
        reading = inspect.getsource
        def getsource(module):
            read.append(module.__name__)
            return reading(module)
        inspect.getsource = getsource  # what PySide's check calls to read a module
        from cica_planner.ui.views.month_view import MonthView  # noqa: F401 - the app's, and the modules it brings
        import colorsys  # the standard library's
        from sqlalchemy.orm import Session  # a dependency without Qt, and the 100 modules it brings
        import unlisted_library  # any other module: read as before
        feature = sys.modules["shibokensupport.feature"]
        from cica_planner.pyside_imports import PACKAGES_WITHOUT_QT
        answered = {"cica_planner", *sys.stdlib_module_names, *PACKAGES_WITHOUT_QT}
        print(",".join(name for name in read if name.partition(".")[0] in answered))
        print(*(feature.pyside_feature_dict[name] for name in ("cica_planner.ui.views.month_view", "colorsys",
                                                               "sqlalchemy.orm")))
        print("unlisted_library" in read)
    """, tmp_path)
    assert read == ""
    assert answers == "0 -1 -1"  # PySide's default selection for the app's; the others left out, as read
    assert others_read == "True"


def test_the_dependencies_answered_without_reading_are_installed_and_never_name_pyside() -> None:
    """What PySide's reading would answer for each module of theirs: "PySide6" is in no source file."""
    import importlib.util

    for package in sorted(pyside_imports.PACKAGES_WITHOUT_QT):
        spec = importlib.util.find_spec(package)
        assert spec is not None, f"{package} is not installed"
        folders = list(spec.submodule_search_locations or [])  # a package (a namespace package has no origin)
        sources = [path for folder in folders for path in Path(folder).rglob("*.py")] or [Path(str(spec.origin))]
        naming = [str(path) for path in sources if "PySide6" in path.read_text(encoding="utf-8", errors="replace")]
        assert not naming, f"{package} names PySide6 in {naming}"


def test_a_module_that_opts_into_a_pyside_feature_still_has_it(tmp_path) -> None:
    (tmp_path / "snake_case_user.py").write_text(textwrap.dedent("""
        from __feature__ import snake_case
        from PySide6.QtCore import QRect

        corner = QRect(1, 2, 3, 4).top_left()  # camelCase topLeft() under the snake_case feature
    """), encoding="utf-8")
    (corner,) = _run("""
        import PySide6.QtCore
        import cica_planner.ui
        import snake_case_user
        print(snake_case_user.corner.x(), snake_case_user.corner.y())
    """, tmp_path)
    assert corner == "1 2"


def test_without_pyside_nothing_is_imported_or_changed(tmp_path) -> None:
    answered, qt_imported = _run("""
        import sys
        import cica_planner
        from cica_planner.pyside_imports import skip_source_reading
        print(skip_source_reading())
        print("PySide6" in sys.modules)
    """, tmp_path)
    assert answered == "False"  # nothing to answer: PySide's import hook is not there
    assert qt_imported == "False"


def test_answering_twice_keeps_one_answer_around_pyside_s_own_check() -> None:
    import PySide6.QtCore  # noqa: F401 - PySide's check is there once QtCore is imported

    assert pyside_imports.skip_source_reading()
    assert pyside_imports.skip_source_reading()
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert isinstance(check, pyside_imports.AnswerWithoutReading)
    assert not isinstance(check.reading_check, pyside_imports.AnswerWithoutReading)
