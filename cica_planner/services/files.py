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
import time
from pathlib import Path

from cica_planner.domain.errors import ValidationError
from cica_planner.processes import is_alive

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

    The data is written to a file in the same folder, flushed to disk and renamed over
    ``path``. On Linux that file has no name while it is written (``O_TMPFILE``): a process
    killed meanwhile leaves nothing behind. Elsewhere it is a hidden temporary file named after
    the writing process, which the next write to the same target removes once that process is
    gone. An existing file keeps its permissions; a new one is readable by all. On any failure
    the previous file is untouched.

    Raises:
        ValidationError: If the folder does not exist or ``path`` is a folder.
        OSError: If the disk refuses the write (full, read-only, no permission).
    """
    target = check_target(path)
    remove_stale_temporaries(target)
    mode = target.stat().st_mode & 0o777 if target.exists() else NEW_FILE_MODE
    anonymous = _anonymous_file(target.parent)
    temp_name = ""
    try:
        if anonymous is not None:
            descriptor = anonymous
        else:
            descriptor, temp_name = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=TEMP_SUFFIX, dir=target.parent)
    except OSError as exc:
        raise _about(exc, target) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            if anonymous is not None:
                # Give the finished file a name only now, for the instant before the rename.
                temp_name = os.path.join(target.parent, f"{_temp_prefix(target)}{os.urandom(4).hex()}{TEMP_SUFFIX}")
                _name_anonymous(handle.fileno(), Path(temp_name))
        if not hasattr(os, "fchmod"):
            os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException as exc:
        if temp_name:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise _about(exc, target) from None
        raise
    return target


TEMP_SUFFIX = ".tmp"
#: A temporary file without a process id (an older version's) is stale after this many seconds.
STALE_AFTER = 600


def _temp_prefix(target: Path) -> str:
    return f".{target.name}.{os.getpid()}."


def _anonymous_file(folder: Path) -> int | None:
    """A nameless file in ``folder`` (Linux ``O_TMPFILE``), or None where there is no such thing."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY, 0o600)
    except OSError:
        return None  # a file system without it (some network shares): fall back to a named file


def _name_anonymous(descriptor: int, name: Path) -> None:
    folder = os.open(name.parent, os.O_RDONLY)
    try:
        # A directory descriptor makes Python call linkat() with AT_SYMLINK_FOLLOW, which links
        # the file the /proc entry stands for (plain link() would try to link the /proc entry).
        os.link(f"/proc/self/fd/{descriptor}", name.name, dst_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


def remove_stale_temporaries(target: Path) -> None:
    """Remove temporary files of earlier writes to ``target`` whose writer was killed."""
    prefix = f".{target.name}."
    try:
        candidates = list(target.parent.glob(f"{_glob_escape(prefix)}*{TEMP_SUFFIX}"))
    except OSError:
        return
    for candidate in candidates:
        middle = candidate.name[len(prefix):-len(TEMP_SUFFIX)]
        pid = middle.split(".", 1)[0]
        try:
            writer_gone = pid.isdigit() and "." in middle and not is_alive(int(pid))
            if writer_gone or candidate.stat().st_mtime < time.time() - STALE_AFTER:
                candidate.unlink()
        except OSError:
            continue


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)



def _about(error: OSError, target: Path) -> OSError:
    """The same error, naming the file the user asked for instead of the hidden temporary one."""
    # OSError(errno, ...) builds the matching subclass (PermissionError, ...) by itself.
    return OSError(error.errno, error.strerror or str(error), str(target))
