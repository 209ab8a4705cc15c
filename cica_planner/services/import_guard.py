"""What an import file must be before the iCalendar parser sees it: hostile input, bounded.

The importer reads files from outside the Secretariat (mail attachments, downloads). Before
parsing, every file

* must be a regular file (a FIFO or a device would block or never end) of at most
  :data:`MAX_FILE_BYTES`;
* is decoded with a one-line reason for every encoding problem (a UTF-16 file that ends in
  half a character, a broken surrogate, ...);
* loses its control characters other than TAB, LF and CR: RFC 5545 forbids them in TEXT, and
  an ESC sequence must never reach a terminal (``list``, the "skipped" lines), the window or an
  export;
* stays within limits on line length, component count and field size, each with a message
  that names the limit;
* is parsed with a fresh icalendar time-zone state, so a VTIMEZONE read from an earlier file
  in the same process can never stand in for a broken one in this file.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from cica_planner.domain.errors import ImportFormatError

#: The largest file imported: a few years of a busy calendar are well under 1 MB.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: The longest physical line; RFC 5545 folds at 75 octets, generous writers at a few hundred.
MAX_LINE_CHARS = 64 * 1024
#: The largest property once its folded lines are joined (a long description, an attachment).
MAX_FIELD_CHARS = 256 * 1024
#: The most components (VEVENT, VTIMEZONE, VALARM, ...) in one file.
MAX_COMPONENTS = 50_000

#: C0 and C1 control characters and DEL, except TAB, LF and CR.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def read_import_file(path: str | os.PathLike[str]) -> bytes:
    """Read the file to import: a regular file within the size limit, else ImportFormatError.

    The file is opened without blocking and checked through its descriptor, so a FIFO swapped
    in after a check cannot make the read hang.
    """
    name = Path(path).name or str(path)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise ImportFormatError(f"{name} is a folder; choose an .ics file") from None
    except OSError as exc:
        raise ImportFormatError(f"cannot read {name}: {exc.strerror or exc}") from None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise ImportFormatError(f"{name} is a folder; choose an .ics file")
        if not stat.S_ISREG(info.st_mode):
            raise ImportFormatError(f"{name} is not a regular file (a pipe, socket or device); only files are imported")
        if info.st_size > MAX_FILE_BYTES:
            raise ImportFormatError(f"{name} is {info.st_size / 1_048_576:.1f} MB; files of up to "
                                    f"{MAX_FILE_BYTES // 1_048_576} MB are imported")
        with os.fdopen(os.dup(descriptor), "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportFormatError(f"cannot read {name}: {exc.strerror or exc}") from None
    finally:
        os.close(descriptor)
    if len(data) > MAX_FILE_BYTES:
        raise ImportFormatError(f"{name} is larger than {MAX_FILE_BYTES // 1_048_576} MB; it is not imported")
    return data


def decode_ical(data: bytes) -> str:
    """Decode ``data`` to text without control characters, within the limits, else ImportFormatError."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportFormatError(f"the file is larger than {MAX_FILE_BYTES // 1_048_576} MB; it is not imported")
    if not data or not data.strip():
        raise ImportFormatError("the file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Some Windows tools save "Unicode" text as UTF-16; read it rather than call it binary.
        text = _decode_utf16(data)
    else:
        if b"\x00" in data:
            raise ImportFormatError("this is not an iCalendar file (it holds binary data)")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Old Outlook versions write the Windows code page (every byte is some character).
            text = data.decode("cp1252", errors="replace")
    text = strip_controls(text)
    check_limits(text)
    return text


def _decode_utf16(data: bytes) -> str:
    if len(data) % 2:
        raise ImportFormatError("the file is UTF-16 text but ends in half a character (an odd trailing byte); "
                                "it may be cut short")
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise ImportFormatError(f"the file is UTF-16 text with an invalid character at byte {exc.start} "
                                f"({exc.reason})") from None


def strip_controls(text: str) -> str:
    """``text`` without C0/C1 control characters and DEL; TAB, LF and CR stay."""
    return _CONTROL.sub("", text)


def check_limits(text: str) -> None:
    """Refuse a file whose lines, fields or component count exceed the limits, naming the limit."""
    components = 0
    field = 0
    field_line = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise ImportFormatError(f"line {number} is {len(line):,} characters long; lines of up to "
                                    f"{MAX_LINE_CHARS:,} characters are read")
        if line[:1] in (" ", "\t"):  # a folded continuation of the line before
            field += len(line) - 1
        else:
            field, field_line = len(line), number
            if line[:6].upper() == "BEGIN:":
                components += 1
                if components > MAX_COMPONENTS:
                    raise ImportFormatError(f"the file holds more than {MAX_COMPONENTS:,} components; "
                                            "split it into smaller files")
        if field > MAX_FIELD_CHARS:
            raise ImportFormatError(f"the property starting on line {field_line} is longer than "
                                    f"{MAX_FIELD_CHARS:,} characters; it is not imported")


def fresh_timezone_state() -> None:
    """Forget every VTIMEZONE icalendar cached from earlier files in this process."""
    from icalendar.timezone import tzp

    tzp.use_default()  # re-selecting the provider starts an empty cache
