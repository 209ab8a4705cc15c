"""The event editor's History tab and its reason for a move.

Whether an edit needs a reason is the planner's rule (``domain/edits.needs_reason``, which
``PlannerService.edit`` enforces); the tab asks it, and reads the reason the user typed in one
place (``reason_for_edit``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QTabWidget, QWidget

from cica_planner.domain.edits import needs_reason
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Event, EventChange, Moment
from cica_planner.ui.dialogs.event_fields import EditorSection, local_date, local_time, mode_text


class HistoryWords(QObject):
    """The History tab's counted title.

    Counted ("%n") texts of the editor live in plain QObjects: called through a mixin, PySide's
    tr() takes the first class of the dialog's MRO as the context once %n has been filled in.
    """

    def tab_text(self, count: int) -> str:
        return self.tr("&History (%n)", "", count)


class EventHistorySection(EditorSection):
    """The History tab and the reason line of the event editor (a mixin of it)."""

    is_new: bool
    initial: Event | None
    _fresh: bool
    tabs: QTabWidget
    city_edit: QLineEdit
    venue_edit: QLineEdit
    country_combo: QComboBox

    def _build_history(self, parent: QWidget) -> None:
        self.history_list = QListWidget(parent)
        self.history_list.setObjectName("history_list")
        self.history_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.history_list.setWordWrap(True)
        self.history_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history_tab_index = -1
        if not self.is_new:
            self.history_tab_index = self.tabs.addTab(self.history_list, self.tr("&History"))
        else:
            # Without a tab the list would be painted where it was made: over the tab bar.
            self.history_list.hide()

    def _build_reason(self, page: QWidget) -> None:
        self.reason_label = QLabel(self.tr("&Reason for the change:"), page)
        self.reason_edit = QLineEdit(page)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setPlaceholderText(self.tr("Required: why the date, place or format changed (kept in the history)"))
        self.reason_label.setBuddy(self.reason_edit)

    def _load_history(self, initial: Event) -> None:
        self.history_list.clear()
        for change in initial.history:
            item = QListWidgetItem(self.history_line(change))
            if change.changed_by:
                item.setToolTip(self.tr("Recorded by {author} on {day}").format(
                    author=change.changed_by, day=local_date(change.changed_at.date(), "d MMM yyyy")))
            self.history_list.addItem(item)
        if not initial.history:
            placeholder = QListWidgetItem(self.tr("No change of date, place or format has been recorded."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.history_list.addItem(placeholder)
        if self.history_tab_index >= 0 and initial.history:
            self.tabs.setTabText(self.history_tab_index, HistoryWords().tab_text(len(initial.history)))

    def history_line(self, change: EventChange) -> str:
        """'11 Nov 2024, Baku (in person) → 17 Dec 2024 (online): reason', in the chosen language."""
        return self.tr("{before} → {after}: {reason}").format(
            before=self._history_state(change.old_start, change.old_place, change.old_mode),
            after=self._history_state(change.new_start, change.new_place, change.new_mode), reason=change.reason)

    def _history_state(self, start: Moment, place: str, mode: str) -> str:
        text = local_date(start.date() if isinstance(start, datetime) else start, "dd MMM yyyy")
        if isinstance(start, datetime):
            text += " " + local_time(start)
        if place:
            text += f", {place}"
        if mode:
            text += f" ({mode_text(mode)})"
        return text

    def needs_reason(self) -> bool:
        """Whether the edit moves a published event's date, place or format (then a reason is asked).

        Published: planned, confirmed, held or postponed, and not created in this session of the app
        (``fresh``): an event made minutes ago is adjusted freely; a proposal never needs a reason.
        """
        if self.is_new or self.initial is None:
            return False
        try:
            start, end = self._moments()
        except ValidationError:
            return False
        before = self.initial
        after = replace(before, start=start, end=end, city=self.city_edit.text().strip(),
                        country=self.country_combo.currentData() or "", venue=self.venue_edit.text().strip(),
                        mode=self.mode())
        return needs_reason(before, after, fresh=self._fresh)  # the planner's rule (domain/edits.py)

    def reason_for_edit(self) -> str | None:
        """The reason to store with the edit (None when none is needed); refuses a missing one."""
        if not self.needs_reason():
            return None
        reason = self.reason_edit.text().strip()
        if not reason:
            raise ValidationError(self.tr("Give a reason for the change of date, place or format; it is kept in the history."))
        return reason
