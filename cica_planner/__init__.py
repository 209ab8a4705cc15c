"""CICA Planner: the CICA Secretariat's events, chairmanships and preparation checklists."""

__version__ = "0.1.0"
