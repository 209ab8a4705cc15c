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


class ConflictError(PlannerError):
    """A save or undo found the record changed by someone else since it was read.

    ``mine`` is what the user wanted to store, ``theirs`` what is stored now (None when it
    was deleted); both are the domain objects, so a dialog can show them field by field.
    """

    def __init__(self, message: str, mine: object = None, theirs: object = None) -> None:
        super().__init__(message)
        self.mine = mine
        self.theirs = theirs


class ServerUnavailableError(StorageError):
    """The calendar server cannot be reached or dropped the connection; trying again may work."""


class PermissionRefusedError(StorageError):
    """The database refused a write the user's role does not allow; nothing was changed."""
