"""The bench's count of the classes a start builds through Python (bench/class_count.py), in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_each_kind_of_class_is_counted_once_with_its_members() -> None:
    code = textwrap.dedent("""
        import dataclasses, enum
        from bench.class_count import count_classes
        made = count_classes()
        Colour = enum.IntEnum("Colour", [("RED", 1), ("GREEN", 2), ("BLUE", 3)])  # as PySide makes a C++ enum
        class Mode(enum.StrEnum):  # as a program writes its own
            ONLINE = "online"
            IN_PERSON = "in person"
        @dataclasses.dataclass
        class Place:
            city: str
        assert Colour(2) is Colour.GREEN and Mode("online") is Mode.ONLINE  # lookups make no class
        print(made.as_json())
    """)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60)
    counted = json.loads(done.stdout)
    assert {kind: made[:2] for kind, made in counted.items()} == {
        "toolkit enumerations": [1, 3], "own enumerations": [1, 2], "dataclasses": [1, 0]}
    assert all(made[2] > 0 for made in counted.values())
