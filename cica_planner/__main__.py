"""``python -m cica_planner``."""

from cica_planner.cli import main

raise SystemExit(main())
