"""SQLite (SQLModel/SQLAlchemy) storage of CICA Planner; no Qt here."""
