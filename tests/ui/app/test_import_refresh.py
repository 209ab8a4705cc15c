"""An import in the app goes through the import service once and refreshes the window once."""

from __future__ import annotations

from pathlib import Path

from cica_planner.services.ical_import import ImportService
from cica_planner.storage.repositories import events as event_rows
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
    loaded: list[str] = []
    real_mapper = event_rows.event_from_row

    def counting(row, *args, **kwargs):
        loaded.append(row.uid)
        return real_mapper(row, *args, **kwargs)

    refreshes: list[int] = []
    real_refresh = window.refresh
    before_refresh: list[str] = []

    def refresh(*args):
        refreshes.append(1)
        before_refresh[:] = loaded  # what the import read, before the window reads the month shown
        return real_refresh(*args)

    monkeypatch.setattr(window, "refresh", refresh)
    monkeypatch.setattr(event_rows, "event_from_row", counting)
    window.import_ics(path)
    monkeypatch.setattr(event_rows, "event_from_row", real_mapper)
    # The plan reads each stored event once; the preview's duplicate check and the write reuse it.
    assert before_refresh
    assert sorted(before_refresh) == sorted(set(before_refresh))
    assert len(before_refresh) == planner.count() - 1
    assert planner.get("r-1@example.org").title == "Imported workshop"
    assert applied == [1]
    assert len(refreshes) == 1
    assert window.statusBar().currentMessage() == "Imported workshop.ics: created 1, updated 0, unchanged 0, skipped 0"
    window.undo_stack.undo()
    assert planner.find("r-1@example.org") is None
