"""Use cases of CICA Planner (no Qt, no SQL strings)."""
