"""Errors raised by the domain and services, each carrying a message fit for a user."""

from __future__ import annotations


class PlannerError(Exception):
    """Base of every error whose message may be shown to a user as it is."""


class ValidationError(PlannerError):
    """Input that breaks a rule of the model (end before start, unknown zone, ...)."""


class NotFoundError(PlannerError):
    """A record named by UID or id does not exist."""


class ImportFormatError(PlannerError):
    """A file that cannot be read as the expected format at all."""


class StorageError(PlannerError):
    """The calendar file cannot be opened, read or written (read-only, not a database, ...)."""
