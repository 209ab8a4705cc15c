"""Developer command: bring the translation sources up to date with the code and compile them.

    python -m cica_planner.ui.translations            # every area, then compile
    python -m cica_planner.ui.translations --no-compile   # only the .ts files

Each area of the UI has its own Qt Linguist source so that people translating different
parts do not edit one file: ``resources/translations/ru/<area>.ts`` holds the full Russian
translation, ``resources/translations/en/<area>.ts`` only the English plural forms
("%n event(s)" → "1 event", "2 events"). ``pyside6-lupdate`` (shipped with PySide6) collects
the strings, ``pyside6-lrelease`` compiles each language into
``resources/translations/cica_planner_<lang>.qm``, which the app loads (see i18n.language).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
PROJECT_DIR = PACKAGE_DIR.parent
TRANSLATIONS_DIR = PROJECT_DIR / "resources" / "translations"
LANGUAGES = ("ru", "en")


#: The subpackages of ui/ with a translation source of their own; any other (ui/commands/, say)
#: belongs to the window's.
AREA_PACKAGES = {"dialogs": ("dialogs",), "views": ("views", "widgets", "models")}


def _python_files(*folders: Path, nested: bool = True) -> list[Path]:
    """The modules of ``folders``, with those of their subfolders unless ``nested`` is false."""
    pattern = "**/*.py" if nested else "*.py"
    return sorted(path for folder in folders for path in folder.glob(pattern))


def area_sources() -> dict[str, list[Path]]:
    """The Python files each translation source collects its strings from."""
    ui, i18n = PACKAGE_DIR / "ui", PACKAGE_DIR / "i18n"
    own_areas = {name for names in AREA_PACKAGES.values() for name in names}
    other_packages = [folder for folder in sorted(ui.iterdir()) if folder.is_dir() and folder.name not in own_areas
                      and (folder / "__init__.py").exists()]
    window = [PACKAGE_DIR / "app.py", *_python_files(ui, nested=False), *_python_files(*other_packages),
              *_python_files(PACKAGE_DIR / "reports"), *(path for path in _python_files(i18n) if path.name != "terms.py")]
    return {
        "window": window,
        **{area: _python_files(*(ui / name for name in names)) for area, names in AREA_PACKAGES.items()},
        "terms": [i18n / "terms.py"],
    }


def ts_path(language: str, area: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / language / f"{area}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"cica_planner_{language}.qm"


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` next to this Python (a venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} was not found; install PySide6 in this environment")
    return found


def run_lupdate(sources: Sequence[Path], target: Path, language: str) -> None:
    """Collect the strings of ``sources`` into ``target`` (English keeps only plural forms)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [qt_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
               "-target-language", language]
    if language == "en":
        command.append("-pluralonly")
    command += [str(path) for path in sources] + ["-ts", str(target)]
    subprocess.run(command, check=True, capture_output=True)


def run_lrelease(sources: Sequence[Path], target: Path) -> None:
    command = [qt_tool("pyside6-lrelease"), "-silent", *(str(path) for path in sources), "-qm", str(target)]
    subprocess.run(command, check=True, capture_output=True)


def update(folder: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Run lupdate for every area and language; return the .ts files written."""
    written = []
    for area, sources in area_sources().items():
        for language in LANGUAGES:
            target = ts_path(language, area, folder)
            run_lupdate(sources, target, language)
            written.append(target)
    return written


def compile_all(folder: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Compile each language's .ts files into one .qm; return the .qm files written."""
    written = []
    for language in LANGUAGES:
        sources = sorted((folder / language).glob("*.ts"))
        if sources:
            run_lrelease(sources, qm_path(language, folder))
            written.append(qm_path(language, folder))
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cica_planner.ui.translations", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--no-compile", action="store_true", help="update the .ts files only")
    options = parser.parse_args(argv)
    for path in update():
        print(f"updated {path.relative_to(PROJECT_DIR)}")
    if not options.no_compile:
        for path in compile_all():
            print(f"compiled {path.relative_to(PROJECT_DIR)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
