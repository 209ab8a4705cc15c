"""Editing the chairmanship register (terms and body chairs) and planning the next handover, through the undo stack."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QPointF, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QTableView, QWidget

from cica_planner.domain.chairmanship import BodyChair, ChairTerm
from cica_planner.domain.errors import PlannerError
from cica_planner.i18n.terms import body_name, country_name, role_label
from cica_planner.services.chairmanship import ChairmanshipService
from cica_planner.ui.commands import (
    AddBodyChair,
    AddChairTerm,
    DeleteBodyChair,
    DeleteChairTerm,
    EditBodyChair,
    EditChairTerm,
    PlanHandover,
    UndoableCommand,
)
from cica_planner.ui.dialogs.chair_dialogs import BodyChairDialog, ChairTermDialog, open_term_before
from cica_planner.ui.dialogs.common import run_for_value
from cica_planner.ui.dialogs.plan_handover_dialog import NextHandoverChoice, PlanHandoverDialog
from cica_planner.ui.models.base import short_date
from cica_planner.ui.models.chair_models import BodyChairModel, plan_title, term_country
from cica_planner.ui.widgets.chair_timeline import ChairTimeline


class ChairRegisterEditing(QWidget):
    """The register's add/edit/delete actions and "Plan next handover", for a page that shows the register.

    The page that inherits this provides the register as loaded (``chairs``, ``_terms``,
    ``_selected``, the body chairs' ``body_model``/``body_view`` and their buttons, the
    ``timeline``) and the methods below that raise ``NotImplementedError``; every change goes
    through ``_write`` (the page's undo stack) and then reloads the page.

    Signals:
        plan_changed(): the register changed, or a milestone or a handover plan did.
    """

    plan_changed = Signal()

    chairs: ChairmanshipService
    _terms: list[ChairTerm]
    _selected: date
    timeline: ChairTimeline
    body_model: BodyChairModel
    body_view: QTableView
    edit_body_button: QPushButton
    delete_body_button: QPushButton

    def today(self) -> date:
        raise NotImplementedError

    def chosen_term(self) -> ChairTerm | None:
        raise NotImplementedError

    def set_date(self, day: date) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def _write(self, command: UndoableCommand, title: str) -> bool:
        raise NotImplementedError

    def select_plan(self, handover_id: int) -> None:
        raise NotImplementedError

    # -- the next handover ---------------------------------------------------------------

    def no_anchor_message(self) -> str | None:
        """Why no handover can be planned now (no free Summit or Ministerial Council), or None when one can."""
        if self.chairs.anchor_candidates():
            return None
        terms = self.chairs.terms()
        since = terms[-1].starts if terms else date.min
        taken = [p for p in self.chairs.plans() if p.anchor_start is not None and p.anchor_start >= since]
        if taken:
            latest = max(taken, key=lambda p: p.anchor_start or date.min)
            if latest.anchor_when:
                return self.tr("{meeting} ({when}) already has a handover plan ({plan}); add the next Summit or "
                               "Ministerial Council to the calendar first.").format(
                    meeting=latest.anchor_title, when=latest.anchor_when, plan=plan_title(latest))
            return self.tr("{meeting} already has a handover plan ({plan}); add the next Summit or "
                           "Ministerial Council to the calendar first.").format(
                meeting=latest.anchor_title, plan=plan_title(latest))
        return self.tr("No Summit or Ministerial Council is planned yet: add the meeting to the calendar first.")

    def plan_dialog(self) -> PlanHandoverDialog:
        """Build the 'Plan next handover' dialog with the register's defaults (not shown)."""
        from_country, anchor = self.chairs.next_handover_defaults()
        return PlanHandoverDialog(
            self.chairs.member_countries(), self.chairs.anchor_candidates(), from_country,
            self.chairs.country_name(from_country), anchor, self,
        )

    def plan_next_handover(self) -> None:
        """Ask for the successor and the meeting, then create the plan."""
        try:
            refusal = self.no_anchor_message()
            if refusal is not None:
                QMessageBox.information(self, self.tr("Plan next handover"), refusal)
                return
            dialog = self.plan_dialog()
        except PlannerError as exc:
            QMessageBox.information(self, self.tr("Plan next handover"), str(exc))
            return
        choice = run_for_value(dialog)
        if choice is not None:
            self.create_next_handover(choice)

    def create_next_handover(self, choice: NextHandoverChoice) -> int | None:
        """Create the handover chosen in the dialog; return its id (None when refused)."""
        successor = (country_name(choice.to_country, self.chairs.country_name(choice.to_country)) if choice.to_country
                     else role_label("undecided"))
        command = PlanHandover(self.chairs, choice.to_country, choice.anchor_event_uid,
                               self.tr("Plan handover to {country}").format(country=successor))
        if not self._write(command, self.tr("Plan next handover")):
            return None
        handover = command.handover
        self.refresh()
        self.select_plan(handover.id or 0 if handover else 0)
        self.plan_changed.emit()
        return handover.id if handover else None

    # -- the register: terms ------------------------------------------------------------

    def term_dialog(self, term: ChairTerm | None = None) -> ChairTermDialog:
        """Build the dialog that adds (``term`` None) or edits a term, not shown."""
        default_start = None
        if term is None and self._terms:
            latest = self._terms[-1]
            default_start = latest.ends or max(self._selected, latest.starts + timedelta(days=1))
        return ChairTermDialog(term, self.chairs.member_countries(), self, others=self._terms,
                               default_start=default_start, today=self.today())

    def add_term(self) -> ChairTerm | None:
        """Ask for a new term and add it to the register; return it (None when cancelled or refused)."""
        term = run_for_value(self.term_dialog())
        return self.save_new_term(term) if term is not None else None

    def save_new_term(self, term: ChairTerm) -> ChairTerm | None:
        """Add ``term`` through the undo stack; return it as saved (None after showing why not)."""
        command = AddChairTerm(self.chairs, term, open_term_before(self._terms, term))
        if not self._write(command, self.tr("Add chairmanship term")):
            return None
        self._register_changed()
        return command.saved

    def edit_term(self, term: ChairTerm | None = None) -> ChairTerm | None:
        """Edit ``term`` (by default the chosen day's); return it as saved (None when cancelled or refused)."""
        term = term or self.chosen_term()
        if term is None:
            return None
        edited = run_for_value(self.term_dialog(term))
        return self.save_edited_term(term, edited) if edited is not None else None

    def save_edited_term(self, before: ChairTerm, after: ChairTerm) -> ChairTerm | None:
        """Save an edited term through the undo stack; return it as saved (None after showing why not)."""
        if after == before:
            return before
        command = EditChairTerm(self.chairs, before, after)
        if not self._write(command, self.tr("Edit chairmanship term")):
            return None
        self._register_changed()
        return command.after

    def delete_term(self, term: ChairTerm | None = None) -> bool:
        """Delete ``term`` (by default the chosen day's) after asking; return whether it was deleted."""
        term = term or self.chosen_term()
        if term is None:
            return False
        until = short_date(term.ends) if term.ends else self.tr("open", "term end")
        if not self._confirm(self.tr("Delete chairmanship term"),
                             self.tr("Delete the term of {country} ({starts} – {until}) from the register?\n\n"
                                     "Handover plans and meetings are kept. Undo brings the term back.").format(
                                 country=term_country(term), starts=short_date(term.starts), until=until)):
            return False
        if not self._write(DeleteChairTerm(self.chairs, term), self.tr("Delete chairmanship term")):
            return False
        self._register_changed()
        return True

    def _timeline_menu(self, pos: QPoint) -> None:
        term = self.timeline.term_at(QPointF(pos))
        menu = QMenu(self)
        if term is not None:
            self.set_date(max(term.starts, min(self._selected, (term.ends or date.max) - timedelta(days=1))))
            menu.addAction(self.tr("Edit term of {country} {years}…").format(country=term_country(term), years=term.years()),
                           lambda: self.edit_term(term))
            menu.addAction(self.tr("Delete term of {country} {years}…").format(country=term_country(term), years=term.years()),
                           lambda: self.delete_term(term))
            menu.addSeparator()
        menu.addAction(self.tr("Add term…"), lambda: self.add_term())
        menu.exec(self.timeline.mapToGlobal(pos))

    # -- the register: body chairs -------------------------------------------------------

    def body_choices(self) -> list[tuple[str, str]]:
        """The bodies whose chairs can be recorded (working and advisory bodies), as (code, name)."""
        found = {c.body_code: c.body_name for c in self.chairs.body_chairs()}
        found |= {b.code: b.name for b in self.chairs.chaired_bodies()}
        return sorted(found.items(), key=lambda item: item[1])

    def selected_body_chair(self) -> BodyChair | None:
        """The body chair of the current row, or None."""
        return self.body_model.row_at(self.body_view.currentIndex())

    def _update_body_buttons(self) -> None:
        chosen = self.selected_body_chair() is not None and self.body_view.selectionModel().hasSelection()
        self.edit_body_button.setEnabled(chosen)
        self.delete_body_button.setEnabled(chosen)

    def body_chair_dialog(self, chair: BodyChair | None = None) -> BodyChairDialog:
        """Build the dialog that adds (``chair`` None) or edits a body chair, not shown."""
        return BodyChairDialog(chair, self.body_choices(), self.chairs.member_countries(), self, today=self.today())

    def add_body_chair(self) -> BodyChair | None:
        """Ask for a new body chair and record it; return it (None when cancelled or refused)."""
        chair = run_for_value(self.body_chair_dialog())
        return self.save_new_body_chair(chair) if chair is not None else None

    def save_new_body_chair(self, chair: BodyChair) -> BodyChair | None:
        """Record ``chair`` through the undo stack; return it as saved (None after showing why not)."""
        command = AddBodyChair(self.chairs, chair)
        if not self._write(command, self.tr("Add body chair")):
            return None
        self._register_changed(command.saved)
        return command.saved

    def edit_body_chair(self, chair: BodyChair | None = None) -> BodyChair | None:
        """Edit ``chair`` (by default the selected row); return it as saved (None when cancelled or refused)."""
        chair = chair or self.selected_body_chair()
        if chair is None:
            return None
        edited = run_for_value(self.body_chair_dialog(chair))
        return self.save_edited_body_chair(chair, edited) if edited is not None else None

    def save_edited_body_chair(self, before: BodyChair, after: BodyChair) -> BodyChair | None:
        """Save an edited body chair through the undo stack; return it as saved (None after showing why not)."""
        if after == before:
            return before
        command = EditBodyChair(self.chairs, before, after)
        if not self._write(command, self.tr("Edit body chair")):
            return None
        self._register_changed(command.after)
        return command.after

    def delete_body_chair(self, chair: BodyChair | None = None) -> bool:
        """Delete ``chair`` (by default the selected row) after asking; return whether it was deleted."""
        chair = chair or self.selected_body_chair()
        if chair is None:
            return False
        if not self._confirm(self.tr("Delete body chair"),
                             self.tr("Delete {holder} as chair of the {body} ({period})?\n\n"
                                     "Undo brings the record back.").format(
                                 holder=chair.holder, body=body_name(chair.body_code, chair.body_name),
                                 period=BodyChairModel.period_text(chair))):
            return False
        if not self._write(DeleteBodyChair(self.chairs, chair), self.tr("Delete body chair")):
            return False
        self._register_changed()
        return True

    def select_body_chair(self, chair_id: int | None) -> None:
        """Make the row of the body chair ``chair_id`` current."""
        for row in range(self.body_model.rowCount()):
            index = self.body_model.index(row, BodyChairModel.COL_BODY)
            if chair_id is not None and index.data(BodyChairModel.ChairIdRole) == chair_id:
                self.body_view.selectRow(row)
                self.body_view.scrollTo(index)
                return

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _register_changed(self, chair: BodyChair | None = None) -> None:
        """Reload after a change of the register, keeping the body chair just saved selected."""
        self.refresh()
        if chair is not None:
            self.select_body_chair(chair.id)
        self.plan_changed.emit()
