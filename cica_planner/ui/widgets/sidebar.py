"""The sidebar: mini month, search with its results, and filters by category, country and status.

It holds no services: it emits what the user asks for (``search_requested``,
``filters_changed``, ...) and the main window answers (``set_search_results``).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCollator, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.model import Category, Country, Event, EventStatus
from cica_planner.i18n.language import ui_locale
from cica_planner.i18n.terms import ROLE_LABELS, category_label, country_name, role_label, status_label
from cica_planner.services.occurrence_lists import OccurrenceFilter
from cica_planner.ui.models.filter_model import FilterItem, FilterListModel
from cica_planner.ui.widgets.mini_month import MiniMonth

if TYPE_CHECKING:  # the search results list is made after the first paint (Sidebar.complete)
    from PySide6.QtWidgets import QTreeView

    from cica_planner.ui.models.search_model import SearchResultsModel

NO_COUNTRY = ""
"""Filter key of events without a country (online meetings, Secretariat-wide items)."""

FILTER_NAMES = ("categories", "countries", "statuses")

SIDEBAR_STYLE = """
QToolBox::tab { background: transparent; border: none; border-bottom: 1px solid #e3e6ea; color: #5f6b7a;
    font-weight: 600; padding: 4px 2px; }
QToolBox::tab:selected { color: #1f2328; }
QListView#categories_filter, QListView#countries_filter, QListView#statuses_filter { border: none; background: #f6f7f9; }
QPushButton[flat="true"] { border: none; padding: 2px 8px; color: #2b6cb0; background: transparent; }
QPushButton[flat="true"]:hover { text-decoration: underline; }
QLabel#results_label { color: #5f6b7a; }
"""


class Sidebar(QWidget):
    """Mini month, search and filters.

    Signals:
        date_selected(object): a day was picked in the mini month (``date``).
        filters_changed(): a filter box was ticked or cleared.
        search_requested(str): the search text changed (empty: clear the results).
        result_activated(str): a search result was chosen (event uid).
    """

    date_selected = Signal(object)
    filters_changed = Signal()
    search_requested = Signal(str)
    result_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        # Styled before the children are made: set later, it would polish each of them again.
        self.setStyleSheet(SIDEBAR_STYLE)
        self.mini_month = MiniMonth(self)
        self.mini_month.setObjectName("mini_month")

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(self.tr("Search: title, place, country, body (SOC)…"))
        self.search_edit.setToolTip(self.tr("Finds titles, places, descriptions, countries (name or code) and bodies "
                                            "(name or abbreviation: SOC, SWG, MC, TTF, BC, BF, CEP), ignoring case and "
                                            "accents. Esc clears."))
        self.search_edit.setClearButtonEnabled(True)
        self.clear_search_action = QAction(self.tr("Clear search"), self.search_edit)
        self.clear_search_action.setObjectName("clear_search_action")
        self.clear_search_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        # Esc in the box or in its results clears the search (as in Outlook and Thunderbird).
        self.clear_search_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.search_edit.addAction(self.clear_search_action)
        self.results_label = QLabel(self)
        self.results_label.setObjectName("results_label")
        self.results_label.setProperty("muted", True)

        self.category_model = FilterListModel(self)
        self.category_model.set_rows(_category_items())
        self.country_model = FilterListModel(self)
        self.status_model = FilterListModel(self)
        self.status_model.set_rows([FilterItem(s.value, status_label(s)) for s in EventStatus])
        self.filter_box = QToolBox(self)
        self.filter_box.setObjectName("filter_box")
        # Each filter page is filled when first shown: the first paint shows only one of them.
        self._unfilled: dict[QWidget, tuple[str, FilterListModel]] = {}
        self._filter_views: dict[str, QListView] = {}
        self._add_filter_page("categories", self.category_model, self.tr("Categories"))
        self._add_filter_page("countries", self.country_model, self.tr("Countries"))
        self._add_filter_page("statuses", self.status_model, self.tr("Status", "event status filter"))
        self.filter_box.currentChanged.connect(self._fill_shown_page)
        self._fill_shown_page(self.filter_box.currentIndex())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.mini_month)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results_label)
        # The results list, hidden until a search, comes after the first paint (complete()).
        self._results: _Results | None = None
        layout.addWidget(self.filter_box, 2)
        self._show_results(False)

        # Internal wiring only (the sidebar's own children); the main window wires the rest.
        self.mini_month.date_selected.connect(self.date_selected)
        self.search_edit.textChanged.connect(self._on_search_text)
        self.clear_search_action.triggered.connect(self.clear_search)
        for model in (self.category_model, self.country_model, self.status_model):
            model.selection_changed.connect(self.filters_changed)

    # -- the search results, made after the first paint ----------------------------------

    @property
    def results_model(self) -> SearchResultsModel:
        return self._built_results().model

    @property
    def results_view(self) -> QTreeView:
        return self._built_results().view

    def complete(self) -> None:
        """Make what the first paint does not show: the search results list (hidden until a search).

        The window calls this once it has its services (MainWindow.take_services); anything that
        looks at the list before then makes it too.
        """
        self._built_results()

    def _built_results(self) -> _Results:
        if self._results is None:
            self._results = self._make_results()
        return self._results

    def _make_results(self) -> _Results:
        from PySide6.QtWidgets import QHeaderView, QTreeView

        from cica_planner.ui.models.search_model import SearchResultsModel

        model = SearchResultsModel(self)
        view = QTreeView(self)
        view.setObjectName("search_results")
        view.setModel(model)
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setHeaderHidden(True)
        # One column of two-line rows (title over date and place): readable in a narrow sidebar.
        view.setColumnHidden(SearchResultsModel.COL_PLACE, True)
        view.setColumnHidden(SearchResultsModel.COL_DATE, True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(SearchResultsModel.COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # made in __init__
        layout.insertWidget(layout.indexOf(self.results_label) + 1, view, 3)
        view.setVisible(not self.results_label.isHidden())  # shown and hidden with its label
        # In Tab order and among the sidebar's children, the list takes the place it had when made with the sidebar.
        QWidget.setTabOrder(self.search_edit, view)
        view.stackUnder(self.results_label)
        escape_in_results = QAction(view)
        escape_in_results.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape_in_results.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        escape_in_results.triggered.connect(self.clear_search)
        view.addAction(escape_in_results)
        view.activated.connect(self._on_result)
        view.clicked.connect(self._on_result)
        return _Results(model, view)

    def _add_filter_page(self, name: str, model: FilterListModel, title: str) -> None:
        page = QWidget(self)
        self._unfilled[page] = (name, model)
        self.filter_box.addItem(page, title)

    def _fill_shown_page(self, index: int) -> None:
        page = self.filter_box.widget(index)
        if page in self._unfilled:
            self._fill_filter_page(page, *self._unfilled.pop(page))

    def filter_view(self, name: str) -> QListView:
        """The list of the filter ``name`` (one of FILTER_NAMES), its page filled now if it was not shown yet."""
        for page, (unfilled, model) in list(self._unfilled.items()):
            if unfilled == name:
                del self._unfilled[page]
                self._fill_filter_page(page, name, model)
        return self._filter_views[name]

    def _fill_filter_page(self, page: QWidget, name: str, model: FilterListModel) -> None:
        view = QListView(page)
        view.setObjectName(f"{name}_filter")
        view.setModel(model)
        view.setUniformItemSizes(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        all_button = QPushButton(self.tr("All", "tick every filter entry"), page)
        all_button.setObjectName(f"{name}_all_button")
        all_button.setFlat(True)
        all_button.clicked.connect(lambda: model.set_all_checked(True))
        none_button = QPushButton(self.tr("None", "untick every filter entry"), page)
        none_button.setObjectName(f"{name}_none_button")
        none_button.setFlat(True)
        none_button.clicked.connect(lambda: model.set_all_checked(False))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(all_button)
        buttons.addWidget(none_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(view, 1)
        layout.addLayout(buttons)
        for made in (view, all_button, none_button):
            made.show()  # children made after their page was shown stay hidden unless told
        self._filter_views[name] = view

    # -- data in -----------------------------------------------------------------------

    def set_countries(self, countries: list[Country], used_codes: set[str] | None = None) -> None:
        """List the countries to filter on (those with events when ``used_codes`` is given)."""
        keep = self.country_model.checked_keys() if self.country_model.rowCount() else None
        names = {c.code: country_name(c.code, c.name) for c in countries}
        collator = QCollator(ui_locale())  # sorted as the user reads them: Азербайджан before Бахрейн
        shown = sorted((c for c in countries if used_codes is None or c.code in used_codes),
                       key=lambda c: collator.sortKey(names[c.code]))
        known = {c.code for c in shown}
        extra = sorted((used_codes or set()) - known - {NO_COUNTRY})
        rows = [FilterItem(c.code, names[c.code], tooltip=self.tr("{country} ({role})").format(
            country=names[c.code], role=_country_role(c.status))) for c in shown]
        rows += [FilterItem(code, code) for code in extra]
        rows.append(FilterItem(NO_COUNTRY, self.tr("No country (online, Secretariat)")))
        self.country_model.set_rows(rows)
        if keep is not None and len(keep) != len(rows):
            self.country_model.set_checked_keys(keep)

    def set_search_results(self, events: list[Event]) -> None:
        if events:
            self._paint_results_in_two_lines()
        self.results_model.set_rows(events)
        searching = bool(self.search_edit.text().strip())
        self._show_results(searching)
        if searching:
            count = len(events)
            self.results_label.setText(self.tr("No events found") if not count else self.tr("%n event(s) found", "", count))

    def set_date(self, day: date) -> None:
        """Show ``day`` in the mini month without emitting ``date_selected``."""
        self.mini_month.set_anchor_date(day)

    def set_marked_dates(self, days: set[date]) -> None:
        """Show the days that have events in bold in the mini month."""
        self.mini_month.set_marked_dates(days)

    def clear_search(self) -> None:
        """Empty the search box and hide the results (Esc)."""
        self.search_edit.clear()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- state out ---------------------------------------------------------------------

    def occurrence_filter(self) -> OccurrenceFilter:
        """The filter the calendar should apply (nothing or everything ticked = no filter)."""
        return OccurrenceFilter(
            categories=frozenset(Category(key) for key in self.category_model.active_keys()),
            countries=frozenset(self.country_model.active_keys()),
            statuses=frozenset(EventStatus(key) for key in self.status_model.active_keys()),
        )

    def filter_state(self) -> dict[str, list[str]]:
        """The ticked keys of each filter, for the settings ("everything" is stored as [])."""
        state = {}
        for name, model in zip(FILTER_NAMES, self._models(), strict=True):
            checked = model.checked_keys()
            state[name] = [] if len(checked) == model.rowCount() else (checked or ["-"])
        return state

    def set_filter_state(self, state: dict[str, list[str]]) -> None:
        """Tick the stored keys again ([] = everything; ["-"] = nothing)."""
        for name, model in zip(FILTER_NAMES, self._models(), strict=True):
            keys = state.get(name) or []
            model.set_checked_keys([] if keys == ["-"] else keys or None)

    def _models(self) -> tuple[FilterListModel, FilterListModel, FilterListModel]:
        return self.category_model, self.country_model, self.status_model

    # -- reactions ---------------------------------------------------------------------

    def _on_search_text(self, text: str) -> None:
        if not text.strip():
            if self._results is not None:
                self._results.model.set_rows([])
            self._show_results(False)
        self.search_requested.emit(text.strip())

    def _on_result(self, index: QModelIndex) -> None:
        from cica_planner.ui.models.search_model import SearchResultsModel

        if index.isValid():
            self.result_activated.emit(str(index.data(SearchResultsModel.UidRole)))

    def _paint_results_in_two_lines(self) -> None:
        """Give the results their two-line rows, before the first results: the first paint has none to draw.

        The delegate's module brings QStyle and its large enumerations, a noticeable part of the first paint.
        """
        from cica_planner.ui.models.search_model import SearchResultsModel
        from cica_planner.ui.widgets.search_results import SearchResultDelegate

        if not isinstance(self.results_view.itemDelegateForColumn(SearchResultsModel.COL_TITLE), SearchResultDelegate):
            self.results_view.setItemDelegateForColumn(SearchResultsModel.COL_TITLE, SearchResultDelegate(self.results_view))

    def _show_results(self, visible: bool) -> None:
        if self._results is not None:
            self._results.view.setVisible(visible)
        self.results_label.setVisible(visible)


class _Results:
    """The search results list and its model, made after the first paint (a plain class: a dataclass costs the start)."""

    __slots__ = ("model", "view")

    def __init__(self, model: SearchResultsModel, view: QTreeView) -> None:
        self.model = model
        self.view = view


def _category_items() -> list[FilterItem]:
    from cica_planner.ui.style import category_colour

    return [FilterItem(c.value, category_label(c), colour=category_colour(c)) for c in Category]


def _country_role(status: str) -> str:
    """'member' / 'observer' in the user's language (a status the glossary does not know is shown as stored)."""
    return role_label(status) if status in ROLE_LABELS else status
