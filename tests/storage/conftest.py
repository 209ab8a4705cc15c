"""Storage and seed tests: reference_table.py beside this file holds the reference's event table."""

from __future__ import annotations

import sys
from pathlib import Path

# The table is a plain helper module shared by the test modules of this folder.
sys.path.insert(0, str(Path(__file__).parent))
