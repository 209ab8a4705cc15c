"""The one place that locates the shipped ``resources/`` folder (seed data, icons, templates).

It is found in a PyInstaller bundle, inside an installed wheel (where the build maps it
into the package) and in a source checkout, in that order.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if (candidate / "seed").is_dir():
            return candidate
    raise FileNotFoundError("the resources folder of CICA Planner is missing from this installation")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def load_json(*parts: str) -> Any:
    with resource_path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)


def icon_path(name: str) -> Path:
    return resource_path("icons", f"{name}.svg")
