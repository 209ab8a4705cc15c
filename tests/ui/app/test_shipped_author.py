"""The shipped calendar's items are signed by the shipped calendar, not by whoever first opened the file."""

from __future__ import annotations

from dataclasses import replace

from cica_planner.domain.wording import SHIPPED_AUTHOR
from cica_planner.storage.authorship import os_user
from cica_planner.storage.seed_ids import SEED_UID_SUFFIX
from cica_planner.ui.editor_notices import last_changed_text


def test_seeded_events_say_they_are_as_shipped_until_someone_changes_them(qapp, planner) -> None:
    seeded = [event for event in planner.all_events() if event.uid.endswith(SEED_UID_SUFFIX)]  # the test data too
    assert seeded
    assert {event.changed_by for event in seeded} == {SHIPPED_AUTHOR}
    first = seeded[0]
    assert last_changed_text(first) == "As shipped with CICA Planner; not changed since"

    edited = planner.update(replace(first, description="Briefing note attached."))
    assert edited.changed_by == os_user()
    assert last_changed_text(edited).startswith(f"Last changed by {os_user()} at ")
