"""The import preview a planner can read: date, time, place and action per item; likely duplicates."""

from __future__ import annotations

from datetime import date

from cica_planner.services.ical_import import Outcome, apply_import, plan_import
from cica_planner.ui.dialogs.import_dialog import ImportDialog
from cica_planner.ui.import_preview import review_import
from tests.ui.app.conftest import SOC_JUNE

TODAY = date(2026, 12, 1)


def _ics(*events: str) -> bytes:
    body = "".join(
        "BEGIN:VEVENT\r\n" + event + "DTSTAMP:20240101T000000Z\r\nEND:VEVENT\r\n" for event in events
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n{body}END:VCALENDAR\r\n".encode()


#: Outlook re-sent the 27 June 2024 SOC under a new UID, and a new timed briefing in Astana.
OUTLOOK = _ics(
    "UID:040000008200E00074C5B7101A82E008-soc-copy\r\nSUMMARY:Senior Officials Committee meeting\r\n"
    "DTSTART;VALUE=DATE:20240627\r\nDTEND;VALUE=DATE:20240628\r\nLOCATION:Astana, Kazakhstan\r\n",
    "UID:briefing-1@example.org\r\nSUMMARY:Briefing of the diplomatic corps\r\n"
    "DTSTART:20270310T050000Z\r\nDTEND:20270310T063000Z\r\nLOCATION:Astana, Kazakhstan\r\n",
    "UID:old-1@example.org\r\nSUMMARY:Expert meeting on connectivity\r\nSTATUS:CONFIRMED\r\n"
    "DTSTART;VALUE=DATE:20240530\r\nDTEND;VALUE=DATE:20240531\r\nLOCATION:Astana, Kazakhstan\r\n",
)


def _dialog(qtbot, planner, data: bytes = OUTLOOK) -> ImportDialog:
    plan, review = review_import(planner, plan_import(planner, data), TODAY, "Asia/Almaty", planner.countries())
    dialog = ImportDialog(plan, "outlook.ics", review=review)
    qtbot.addWidget(dialog)
    return dialog


def _row(dialog: ImportDialog, title: str) -> list[str]:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, dialog.COL_TITLE).text().startswith(title):
            return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]
    raise AssertionError(f"no row {title!r}")


def test_rows_show_date_time_place_and_what_happens(qtbot, planner) -> None:
    dialog = _dialog(qtbot, planner)
    assert dialog.table.horizontalHeaderItem(0).text() == "When"
    briefing = _row(dialog, "Briefing of the diplomatic corps")
    assert briefing == ["Wed 10 Mar 2027, 10:00–11:30", "Briefing of the diplomatic corps", "Astana, Kazakhstan", "add"]
    assert all("@" not in cell for cell in briefing)  # no UIDs
    past = _row(dialog, "Expert meeting on connectivity")
    assert past[0] == "Thu 30 May 2024 (all day)"
    assert past[3] == "add — already past: outcome to confirm"


def test_a_likely_duplicate_is_offered_as_update_or_add(qtbot, planner) -> None:
    before = planner.count()
    stored = planner.get(SOC_JUNE)
    dialog = _dialog(qtbot, planner)
    assert "1 likely duplicate" in dialog.counts_label.text()
    soc = _row(dialog, "Senior Officials Committee meeting")
    assert "likely duplicate of “Senior Officials Committee meeting” (27 Jun 2024)" in soc[1]
    (box,) = dialog.choice_boxes.values()
    assert [box.itemText(i) for i in range(box.count())] == ["Update the existing event", "Add anyway"]
    assert dialog.ok_button.text() == "Import 3 changes"  # two new events, one update
    plan = dialog.final_plan()
    updated = next(item for item in plan.items if item.uid == SOC_JUNE)
    assert updated.outcome is Outcome.UPDATED
    apply_import(planner, plan)
    assert planner.count() == before + 2  # the briefing and the past meeting; no second SOC
    after = planner.get(SOC_JUNE)  # updated under its own UID, its record kept
    assert (after.created, after.history) == (stored.created, stored.history)
    assert after.sequence > stored.sequence


def test_add_anyway_keeps_both(qtbot, planner) -> None:
    before = planner.count()
    dialog = _dialog(qtbot, planner)
    (box,) = dialog.choice_boxes.values()
    box.setCurrentIndex(1)
    assert dialog.ok_button.text() == "Import 3 events"
    apply_import(planner, dialog.final_plan())
    assert planner.count() == before + 3
    assert planner.find("040000008200E00074C5B7101A82E008-soc-copy") is not None


def test_places_name_the_country_once(qtbot, planner) -> None:
    dialog = _dialog(qtbot, planner)
    apply_import(planner, dialog.final_plan())
    briefing = planner.get("briefing-1@example.org")
    assert (briefing.city, briefing.country) == ("Astana", "KZ")
    assert "Kazakhstan, KZ" not in briefing.place
