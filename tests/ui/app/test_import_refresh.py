"""An import in the app goes through the import service once and refreshes the window once."""

from __future__ import annotations

from pathlib import Path

from cica_planner.services.ical_import import ImportService
from cica_planner.ui.dialogs.import_dialog import ImportDialog

ICS = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\nBEGIN:VEVENT\r\nUID:r-1@example.org\r\n"
       b"DTSTAMP:20240101T000000Z\r\nDTSTART;VALUE=DATE:20250310\r\nDTEND;VALUE=DATE:20250311\r\n"
       b"SUMMARY:Imported workshop\r\nLOCATION:Dushanbe\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_one_import_is_one_service_call_and_one_refresh(window, planner, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "workshop.ics"
    path.write_bytes(ICS)
    monkeypatch.setattr(ImportDialog, "choose", classmethod(lambda cls, parent, plan, name, review=None: plan))
    applied: list[int] = []
    real_apply = ImportService.apply

    def apply(self, plan, progress=None):
        applied.append(len(plan.items))
        return real_apply(self, plan, progress)

    monkeypatch.setattr(ImportService, "apply", apply)
    refreshes: list[int] = []
    real_refresh = window.refresh
    monkeypatch.setattr(window, "refresh", lambda *args: (refreshes.append(1), real_refresh(*args)))
    window.import_ics(path)
    assert planner.get("r-1@example.org").title == "Imported workshop"
    assert applied == [1]
    assert len(refreshes) == 1
    assert window.statusBar().currentMessage() == "Imported workshop.ics: created 1, updated 0, unchanged 0, skipped 0"
    window.undo_stack.undo()
    assert planner.find("r-1@example.org") is None
