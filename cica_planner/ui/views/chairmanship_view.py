"""The chairmanship view: terms on a timeline, the troika on a chosen day and the handover plans.

Everything comes from ``ChairmanshipService``; the view never touches storage. Marking a
milestone done, or planning the next handover, goes through the service (as an undoable
command on the window's undo stack, when the view is given one) and then the view reloads
what changed.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.chairmanship import ChairTerm, Troika, troika_at
from cica_planner.domain.clock import Clock
from cica_planner.domain.errors import PlannerError
from cica_planner.domain.tasks import RelativeDeadline, TaskStatus
from cica_planner.i18n.dates import deadline_text
from cica_planner.i18n.terms import role_label
from cica_planner.services.chairmanship import ChairmanshipService, HandoverPlan, MilestoneState
from cica_planner.ui.clock_support import page_clock
from cica_planner.ui.commands import SetTaskStatus, UndoableCommand, perform, short_title
from cica_planner.ui.models.base import short_date
from cica_planner.ui.models.chair_models import BodyChairModel, MilestoneModel, plan_title, plan_when, term_country
from cica_planner.ui.style import BACKGROUND, GRID_LINE, MUTED_TEXT, NOW_LINE
from cica_planner.ui.views.chair_register import ChairRegisterEditing
from cica_planner.ui.widgets.chair_timeline import ChairTimeline
from cica_planner.ui.widgets.tables import set_up_row_table, side_by_side
from cica_planner.ui.widgets.troika_card import ElidedLabel, TroikaCard


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)



class ChairmanshipView(ChairRegisterEditing):
    """Terms as a timeline, the troika on a chosen day, the handover checklist and the body chairs.

    Args:
        chairs: the chairmanship service.
        parent: the parent widget.
        today: the day that decides what is overdue; None follows the clock.
        undo_stack: the window's undo stack; ticking a milestone and planning a handover go on
            it as undoable commands. None writes directly (standalone use).

    Signals:
        event_activated(str): open the meeting with this UID in the editor (kept for the
            window's uniform wiring of pages).
        event_shown(str): show the meeting with this UID in the calendar (double-click on a
            milestone or on a marker of the timeline).
        plan_changed(): a milestone was marked done or open, or a handover was planned.
    """

    event_activated = Signal(str)
    event_shown = Signal(str)

    def __init__(self, chairs: ChairmanshipService, parent: QWidget | None = None, *, today: date | None = None,
                 clock: Clock | None = None, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chairmanship_view")
        self.chairs = chairs
        self.undo_stack = undo_stack
        self.clock = page_clock(clock, today)
        self._selected = self.today()
        self._terms = []
        self._plans: list[HandoverPlan] = []
        self._build()
        self.refresh()

    def today(self) -> date:
        """The day that decides what is overdue: the window's today."""
        return self.clock.today()

    def set_clock(self, clock: Clock) -> None:
        self.clock = clock

    # -- building ----------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)

        header = QHBoxLayout()
        title = QLabel(role_label("chairmanship"), self)
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        header.addWidget(title)
        header.addSpacing(12)
        self.summary_label = ElidedLabel(self)  # elided: the header must fit the window's minimum width
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setStyleSheet(f"color: {MUTED_TEXT};")
        header.addWidget(self.summary_label, 1)
        header.addWidget(QLabel(self.tr("Troika on"), self))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setMinimumDate(QDate(1990, 1, 1))
        self.date_edit.setMaximumDate(QDate(2100, 12, 31))
        self.date_edit.setMinimumWidth(130)
        header.addWidget(self.date_edit)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setObjectName("today_button")
        header.addWidget(self.today_button)
        header.addSpacing(12)
        self.plan_next_button = QPushButton(self.tr("Plan next handover…"), self)
        self.plan_next_button.setObjectName("plan_next_button")
        header.addWidget(self.plan_next_button)
        layout.addLayout(header)

        timeline_frame = QFrame(self)
        timeline_frame.setObjectName("timeline_frame")
        timeline_frame.setStyleSheet(
            f"#timeline_frame {{ background: {BACKGROUND}; border: 1px solid {GRID_LINE}; border-radius: 4px; }}"
        )
        frame_layout = QVBoxLayout(timeline_frame)
        frame_layout.setContentsMargins(1, 8, 1, 4)
        self.timeline = ChairTimeline(timeline_frame)
        frame_layout.addWidget(self.timeline)
        layout.addWidget(timeline_frame)
        layout.addLayout(self._build_register_row())

        cards = QHBoxLayout()
        cards.setSpacing(10)
        self.previous_card = TroikaCard(role_label("previous"), "previous", self)
        self.current_card = TroikaCard(role_label("current"), "current", self)
        self.incoming_card = TroikaCard(role_label("incoming"), "incoming", self)
        for card in (self.previous_card, self.current_card, self.incoming_card):
            cards.addWidget(card, 1)
        layout.addLayout(cards)

        splitter = side_by_side(self, self._build_plan_panel(), self._build_bodies_panel(), (5, 4), [760, 600])
        layout.addWidget(splitter, 1)

        self.date_edit.dateChanged.connect(lambda qdate: self.set_date(qdate.toPython()))
        self.today_button.clicked.connect(lambda: self.set_date(self.today()))
        self.plan_next_button.clicked.connect(self.plan_next_handover)
        self.timeline.date_clicked.connect(self.set_date)
        self.timeline.marker_activated.connect(self.event_shown)
        self.plan_combo.currentIndexChanged.connect(self._show_selected_plan)
        self.milestone_model.completion_requested.connect(self.set_milestone_done)
        self.milestone_view.doubleClicked.connect(self._milestone_activated)
        self.timeline.term_activated.connect(self.edit_term)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.customContextMenuRequested.connect(self._timeline_menu)
        self.add_term_button.clicked.connect(lambda: self.add_term())
        self.edit_term_button.clicked.connect(lambda: self.edit_term())
        self.delete_term_button.clicked.connect(lambda: self.delete_term())
        self.body_view.doubleClicked.connect(lambda index: self.edit_body_chair(self.body_model.row_at(index)))
        self.body_view.selectionModel().selectionChanged.connect(self._update_body_buttons)
        self.body_model.modelReset.connect(self._update_body_buttons)
        self.add_body_button.clicked.connect(lambda: self.add_body_chair())
        self.edit_body_button.clicked.connect(lambda: self.edit_body_chair())
        self.delete_body_button.clicked.connect(lambda: self.delete_body_chair())

    def _build_register_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.register_hint = ElidedLabel(self)
        self.register_hint.setObjectName("register_hint")
        self.register_hint.setStyleSheet(f"color: {MUTED_TEXT};")
        row.addWidget(self.register_hint, 1)
        self.add_term_button = QPushButton(self.tr("Add term…"), self)
        self.add_term_button.setObjectName("add_term_button")
        self.add_term_button.setToolTip(self.tr("Record a chairmanship term, e.g. the next chair once it is decided"))
        self.edit_term_button = QPushButton(self.tr("Edit term…"), self)
        self.edit_term_button.setObjectName("edit_term_button")
        self.delete_term_button = QPushButton(self.tr("Delete term…"), self)
        self.delete_term_button.setObjectName("delete_term_button")
        for button in (self.add_term_button, self.edit_term_button, self.delete_term_button):
            row.addWidget(button)
        return row

    def _panel(self, title: str) -> tuple[QWidget, QVBoxLayout, QHBoxLayout]:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        row = QHBoxLayout()
        label = QLabel(title, panel)
        label.setWordWrap(True)  # a long title (Russian) takes two lines instead of widening the page
        label.setStyleSheet("font-size: 11pt; font-weight: 600;")
        row.addWidget(label)
        layout.addLayout(row)
        return panel, layout, row

    def _build_plan_panel(self) -> QWidget:
        panel, layout, row = self._panel(self.tr("Handover plan"))
        self.plan_combo = QComboBox(panel)
        self.plan_combo.setObjectName("plan_combo")
        # Plan titles are long in Russian: the combo elides and its popup shows them whole.
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(24)
        self.plan_combo.view().setMinimumWidth(420)
        row.addSpacing(8)
        row.addWidget(self.plan_combo, 1)
        self.plan_status_label = QLabel(panel)
        self.plan_status_label.setObjectName("plan_status_label")
        self.plan_status_label.setStyleSheet(f"color: {MUTED_TEXT};")
        layout.addWidget(self.plan_status_label)
        self.milestone_model = MilestoneModel(panel)
        self.milestone_view = QTreeView(panel)
        self.milestone_view.setObjectName("milestone_view")
        self.milestone_view.setModel(self.milestone_model)
        self.milestone_view.setRootIsDecorated(False)
        self.milestone_view.setUniformRowHeights(True)
        self.milestone_view.setAlternatingRowColors(True)
        self.milestone_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestone_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.milestone_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MilestoneModel.COL_MILESTONE, QHeaderView.ResizeMode.Stretch)
        # The offset column fits a long rule in the chosen language ('T−12 месяцев').
        offset_width = max(92, self.fontMetrics().horizontalAdvance(deadline_text(RelativeDeadline.parse("T-12 months"))) + 20)
        for column, width in ((MilestoneModel.COL_OFFSET, offset_width), (MilestoneModel.COL_DATE, 134),
                              (MilestoneModel.COL_OWNER, 140), (MilestoneModel.COL_STATUS, 100)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        layout.addWidget(self.milestone_view, 1)
        self.milestone_view.installEventFilter(self)
        return panel

    #: Below this width the milestone list drops its Offset and Owner columns (the titles need the room).
    NARROW_MILESTONES = 620
    #: Below this width the body chairs drop their Country column.
    NARROW_BODIES = 520

    def eventFilter(self, watched: Any, event: Any) -> bool:  # Qt override
        if watched is getattr(self, "milestone_view", None) and event.type() == QEvent.Type.Resize:
            narrow = event.size().width() < self.NARROW_MILESTONES
            for column in (MilestoneModel.COL_OFFSET, MilestoneModel.COL_OWNER):
                self.milestone_view.setColumnHidden(column, narrow)
        if watched is getattr(self, "body_view", None) and event.type() == QEvent.Type.Resize:
            # A narrow list keeps the chair's name readable; the country is in the row's tooltip.
            narrow = event.size().width() < self.NARROW_BODIES
            self.body_view.setColumnHidden(BodyChairModel.COL_COUNTRY, narrow)
            self.body_view.horizontalHeader().resizeSection(BodyChairModel.COL_BODY, 140 if narrow else 168)
        return super().eventFilter(watched, event)

    def _build_bodies_panel(self) -> QWidget:
        panel, layout, row = self._panel(self.tr("Advisory and working body chairs"))
        row.setStretch(0, 3)
        self.bodies_hint = QLabel(self.tr("bold: in office on the chosen day"), panel)
        self.bodies_hint.setWordWrap(True)
        self.bodies_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bodies_hint.setStyleSheet(f"color: {MUTED_TEXT};")
        row.addWidget(self.bodies_hint, 2)
        self.body_model = BodyChairModel(panel)
        self.body_view = QTableView(panel)
        self.body_view.setObjectName("body_view")
        self.body_view.setModel(self.body_model)
        set_up_row_table(self.body_view, row_height=26)
        self.body_view.installEventFilter(self)
        self.body_view.setAlternatingRowColors(True)
        self.body_view.setShowGrid(False)
        header = self.body_view.horizontalHeader()
        header.setSectionResizeMode(BodyChairModel.COL_HOLDER, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((BodyChairModel.COL_BODY, 168), (BodyChairModel.COL_COUNTRY, 62),
                              (BodyChairModel.COL_PERIOD, 158)):
            header.resizeSection(column, width)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.body_view, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        hint = QLabel(self.tr("double-click a row to edit it"), panel)
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED_TEXT};")
        buttons.addWidget(hint, 1)
        self.add_body_button = QPushButton(self.tr("Add…"), panel)
        self.add_body_button.setObjectName("add_body_button")
        self.add_body_button.setToolTip(self.tr("Record who chairs an advisory or working body"))
        self.edit_body_button = QPushButton(self.tr("Edit…"), panel)
        self.edit_body_button.setObjectName("edit_body_button")
        self.delete_body_button = QPushButton(self.tr("Delete…"), panel)
        self.delete_body_button.setObjectName("delete_body_button")
        for button in (self.add_body_button, self.edit_body_button, self.delete_body_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return panel

    # -- data ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the register, the body chairs and the handover plans from the service."""
        self._terms = self.chairs.terms()
        chosen = self.selected_plan_id()
        self._plans = self.chairs.plans()
        planned_end = next(
            (p.anchor_start for p in self._plans
             if p.anchor_start and self._terms and p.handover.from_country == self._terms[-1].country
             and p.anchor_start >= self._terms[-1].starts),
            None,
        )
        self.timeline.set_today(self.today())
        self.timeline.set_terms(self._terms, planned_end)
        self.body_model.set_rows(self.chairs.body_chairs(), self._selected)
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in self._plans:
            when = plan_when(plan)
            self.plan_combo.addItem(f"{plan_title(plan)} — {when}" if when else plan_title(plan), plan.id)
        index = self.plan_combo.findData(chosen) if chosen is not None else -1
        if index < 0:
            index = self._default_plan_index()
        self.plan_combo.setCurrentIndex(index)
        self.plan_combo.blockSignals(False)
        current = self.milestone_view.currentIndex().data(MilestoneModel.TaskIdRole)
        self._show_selected_plan()
        self._select_milestone(current)
        self._update_date_widgets()
        self._update_summary()
        self._update_body_buttons()

    def _select_milestone(self, task_id: int | None) -> None:
        """Make the milestone ``task_id`` current again after a reload (a tick keeps its row)."""
        if task_id is None:
            return
        for row in range(self.milestone_model.rowCount()):
            index = self.milestone_model.index(row, MilestoneModel.COL_MILESTONE)
            if index.data(MilestoneModel.TaskIdRole) == task_id:
                self.milestone_view.setCurrentIndex(index)
                self.milestone_view.scrollTo(index)
                return

    def _default_plan_index(self) -> int:
        """The first plan with milestones still to do, else the latest one."""
        for index, plan in enumerate(self._plans):
            if any(not item.task.is_done for item in plan.milestones) and (
                plan.anchor_start is None or plan.anchor_start >= self.today() - timedelta(days=365)
            ):
                return index
        return len(self._plans) - 1

    def selected_plan_id(self) -> int | None:
        data = self.plan_combo.currentData() if hasattr(self, "plan_combo") else None
        return int(data) if data is not None else None

    def select_plan(self, handover_id: int) -> None:
        index = self.plan_combo.findData(handover_id)
        if index >= 0:
            self.plan_combo.setCurrentIndex(index)

    def current_plan(self) -> HandoverPlan | None:
        wanted = self.selected_plan_id()
        return next((p for p in self._plans if p.id == wanted), None)

    def _show_selected_plan(self) -> None:
        plan = self.current_plan()
        self.milestone_model.set_rows(plan.milestones if plan else [], self.today())
        self.timeline.set_plan(plan, self.today())
        self._update_plan_status(plan)

    def _update_plan_status(self, plan: HandoverPlan | None) -> None:
        if plan is None:
            self.plan_status_label.setText(self.tr("No handover planned"))
            return
        counts = plan.counts(self.today())
        parts = [self.tr("%n done", "milestones", counts[MilestoneState.DONE]),
                 self.tr("%n open", "milestones", counts[MilestoneState.OPEN])]
        if counts[MilestoneState.OVERDUE]:
            overdue = self.tr("%n overdue", "milestones", counts[MilestoneState.OVERDUE])
            parts.append(f"<span style='color:{NOW_LINE}; font-weight:600'>{overdue}</span>")
        if counts[MilestoneState.NOT_RECORDED]:
            parts.append(self.tr("%n not recorded", "milestones", counts[MilestoneState.NOT_RECORDED]))
        if plan.anchor_provisional:
            parts.append(self.tr("dates provisional"))
        self.plan_status_label.setText(" · ".join(parts))

    def _update_summary(self) -> None:
        if not self._terms:
            self.summary_label.setText(self.tr("The register is empty."))
            return
        countries = len({t.country for t in self._terms})
        # Two counts in one sentence: each is its own plural, placed by name into the whole.
        text = self.tr("{terms} held by {countries} since {year}").format(
            terms=self.tr("%n term(s)", "", len(self._terms)), countries=self.tr("%n country(ies)", "", countries),
            year=self._terms[0].starts.year)
        now = troika_at(self._terms, self.today()).current
        if now:
            text = self.tr("{summary} · chair today: {country}").format(summary=text, country=term_country(now))
        self.summary_label.setText(text)

    # -- the chosen day ------------------------------------------------------------------

    def selected_date(self) -> date:
        return self._selected

    def set_date(self, day: date) -> None:
        """Show the troika and the body chairs on ``day``."""
        if day == self._selected and self.date_edit.date().toPython() == day:
            return
        self._selected = day
        self._update_date_widgets()

    def troika(self) -> Troika:
        """The troika shown."""
        return self.chairs.troika(self._selected)

    def _update_date_widgets(self) -> None:
        day = self._selected
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(_qdate(day))
        self.date_edit.blockSignals(False)
        self.timeline.set_selected_date(day)
        self.body_model.set_day(day)
        self._update_term_buttons()
        troika = self.troika()
        previous = troika.previous
        self.previous_card.set_term(
            previous, "—", self.tr("No previous chair"),
            self.tr("Handed over {date}").format(date=short_date(previous.ends)) if previous and previous.ends else "",
        )
        current = troika.current
        detail = ""
        if current is not None:
            detail = self.tr("Theme: {theme}").format(theme=current.theme) if current.theme else self._term_detail(current)
        self.current_card.set_term(current, "—", self.tr("No chair on this day"), detail)
        incoming = troika.incoming
        self.incoming_card.set_term(
            incoming, self.tr("Not decided yet"), self.tr("No successor has been decided on this day"),
            self.tr("Decided {decided} · takes over {starts}").format(
                decided=short_date(incoming.decided_on), starts=short_date(incoming.starts))
            if incoming and incoming.decided_on else "",
        )

    def chosen_term(self) -> ChairTerm | None:
        """The term of the chair on the chosen day (what "Edit term…" edits), or None."""
        return next((t for t in self._terms if t.covers(self._selected)), None)

    def _update_term_buttons(self) -> None:
        term = self.chosen_term()
        tips = ((self.edit_term_button, self.tr("Edit the term of {country} ({years}), the chair on the chosen day")),
                (self.delete_term_button, self.tr("Delete the term of {country} ({years}), the chair on the chosen day")))
        for button, tip in tips:
            button.setEnabled(term is not None)
            button.setToolTip(tip.format(country=term_country(term), years=term.years())
                              if term else self.tr("No chair on the chosen day: click a term on the timeline first"))
        if term is None:
            self.register_hint.setText(self.tr("No chair on the chosen day · click a term on the timeline to choose it"))
        else:
            self.register_hint.setText(self.tr("Chosen term: {country} {years} · double-click or right-click a term on "
                                               "the timeline to edit it").format(country=term_country(term),
                                                                                 years=term.years()))

    def _term_detail(self, term: ChairTerm) -> str:
        if term.priorities:
            return self.tr("%n priorities · e.g. {first}", "", len(term.priorities)).format(first=term.priorities[0])
        return self.tr("Took over at: {meeting}").format(meeting=term.opened_by) if term.opened_by else ""

    # -- actions ----------------------------------------------------------------------

    def set_milestone_done(self, task_id: int, done: bool) -> None:
        """Mark a milestone done today (or open again) through the service."""
        title = next((m.task.title for p in self._plans for m in p.milestones if m.id == task_id), self.tr("milestone"))
        text = (self.tr("Mark milestone done: {title}") if done else self.tr("Reopen milestone: {title}")).format(
            title=short_title(title))
        command = SetTaskStatus(self.chairs.tasks, [task_id], TaskStatus.DONE if done else TaskStatus.TODO, self.today(),
                                text)
        if not self._write(command, self.tr("Handover plan")):
            return
        try:
            item = self.chairs.tasks.get(task_id)
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Handover plan"), str(exc))
            return
        self.milestone_model.update_item(item)
        self._plans = self.chairs.plans()
        plan = self.current_plan()
        self.timeline.set_plan(plan, self.today())
        self._update_plan_status(plan)
        self.plan_changed.emit()

    def _milestone_activated(self, index: QModelIndex) -> None:
        uid = index.data(MilestoneModel.EventUidRole)
        if uid:
            self.event_shown.emit(uid)

    def _write(self, command: UndoableCommand, title: str) -> bool:
        """Make a change through the undo stack (or directly without one); False after showing why not."""
        return perform(command, self.undo_stack, self, title)
