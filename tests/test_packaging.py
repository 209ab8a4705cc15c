"""A non-editable install (a built wheel) carries the seed data and the migrations, and finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: pip offline and quiet: no index or version check to wait for. The wheel has no dependencies to fetch.
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [*PIP, "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("cica_planner-*.whl")
    return built


def test_wheel_contains_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for seed in ("events.json", "countries.json", "bodies.json", "chairmanships.json", "checklist_templates.json",
                 "handover_template.json"):
        assert f"cica_planner/resources/seed/{seed}" in names
    assert "cica_planner/storage/migrations/env.py" in names
    for language in ("ru", "en"):  # the compiled translations the app loads (i18n.language)
        assert f"cica_planner/resources/translations/cica_planner_{language}.qm" in names
    assert any(n.startswith("cica_planner/storage/migrations/versions/0001") for n in names)
    assert not any(n.startswith(("packaging/", "tests/")) for n in names)


def test_installed_wheel_seeds_a_database_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    # --no-compile: byte-compiling every installed module is half of pip's time, and the copy runs without it.
    subprocess.run([*PIP, "install", "--quiet", "--no-deps", "--no-index", "--no-compile", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    script = (
        "import cica_planner.resources as r, pathlib, sys;"
        "from cica_planner.services.seeding import open_database;"
        "from cica_planner.services.planner import PlannerService;"
        "assert pathlib.Path(r.__file__).is_relative_to(sys.argv[1]), r.__file__;"
        "print(PlannerService(open_database(sys.argv[2])).count())"
    )
    # Run from an empty folder with only the installed copy first on the path, never the checkout.
    result = subprocess.run([sys.executable, "-c", script, str(target), str(tmp_path / "db.sqlite3")],
                            cwd=tmp_path, env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 100
