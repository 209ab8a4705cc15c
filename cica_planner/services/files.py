"""Writing files the user names (exports, reports): checked first, then replaced all at once.

The one atomic writer of the application. The data goes to a hidden temporary file in the
target's folder, is flushed to disk and then renamed over the target, so a reader never
sees half a file and a failure leaves the previous file (if any) as it was. The target is
checked before anything is written, so that a mistyped path is reported in the user's
words rather than as an error about the temporary file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from cica_planner.domain.errors import ValidationError

#: The mode of a new file: an export or a report is an ordinary document (mkstemp makes it private).
NEW_FILE_MODE = 0o644


def check_target(path: str | os.PathLike[str]) -> Path:
    """Return ``path`` as a Path if a file can be written there, else raise ValidationError.

    Raises:
        ValidationError: If the folder does not exist, or ``path`` is a folder or a special file.
    """
    if not str(path).strip():
        raise ValidationError("give the name of the file to write")
    # Write through a link to the file it names, as editors do; replacing the link itself
    # would leave the real file stale.
    target = Path(os.path.realpath(path)) if Path(path).is_symlink() else Path(path)
    if target.is_dir():
        raise ValidationError(f"{str(path)!r} is a folder; give a file name")
    if target.exists() and not target.is_file():
        raise ValidationError(f"{str(path)!r} is not a regular file; give the name of a file")
    folder = target.parent
    if not folder.is_dir():
        raise ValidationError(f"the folder {str(folder)!r} does not exist")
    return target


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and return the path.

    A temporary file in the same folder is written, flushed to disk and renamed over
    ``path``. An existing file keeps its permissions; a new one is readable by all. On any
    failure the temporary file is removed and the previous file is untouched.

    Raises:
        ValidationError: If the folder does not exist or ``path`` is a folder.
        OSError: If the disk refuses the write (full, read-only, no permission).
    """
    target = check_target(path)
    try:
        descriptor, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _about(exc, target) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        mode = target.stat().st_mode & 0o777 if target.exists() else NEW_FILE_MODE
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise _about(exc, target) from None
        raise
    return target


def _about(error: OSError, target: Path) -> OSError:
    """The same error, naming the file the user asked for instead of the hidden temporary one."""
    # OSError(errno, ...) builds the matching subclass (PermissionError, ...) by itself.
    return OSError(error.errno, error.strerror or str(error), str(target))
