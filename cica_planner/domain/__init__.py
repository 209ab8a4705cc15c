"""Plain-Python domain of CICA Planner: no Qt, no SQL."""
