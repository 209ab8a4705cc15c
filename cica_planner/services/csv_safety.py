"""CSV cells a spreadsheet cannot take for formulas (OWASP "CSV Injection").

Excel, LibreOffice and Google Sheets evaluate a cell that starts with ``=``, ``+``, ``-`` or
``@`` as a formula, and some also after a leading TAB or CR. A title imported from a file
such as ``=HYPERLINK("http://…","Agenda")`` would become a live link or worse. As OWASP
advises, such a cell is prefixed with a single quote, which spreadsheets show as text and
do not display; every field is also quoted by the writer.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """``cell`` made safe to open in a spreadsheet: a leading formula character is quoted."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


def neutralise_row(row: dict[str, str]) -> dict[str, str]:
    return {name: neutralise(value) for name, value in row.items()}
