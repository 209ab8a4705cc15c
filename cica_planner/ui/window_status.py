"""The main window's status bar: how many events are shown, today, and the display zone.

``WindowStatus`` owns the three permanent labels (the window keeps them as ``count_label``,
``today_label`` and ``zone_label``) and writes them in the chosen language; the window calls
it after every refresh, so a language switch only needs a refresh.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from cica_planner.domain.model import Occurrence
from cica_planner.i18n.dates import weekday_date_text


class WindowStatus(QObject):
    """The permanent labels of the status bar and their texts."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self.count_label = QLabel(status_bar)
        self.count_label.setObjectName("count_label")
        self.today_label = QLabel(status_bar)
        self.today_label.setObjectName("today_label")
        self.zone_label = QLabel(status_bar)
        self.zone_label.setObjectName("zone_label")
        for label in (self.count_label, self.today_label, self.zone_label):
            status_bar.addPermanentWidget(label)
        #: The display zone as the zone label names it, without its caption (printing repeats it).
        self.zone_description = ""

    def show_count(self, occurrences: list[Occurrence], cut_short: bool = False) -> None:
        self.count_label.setText(self.count_text(occurrences, cut_short))

    def count_text(self, occurrences: list[Occurrence], cut_short: bool = False) -> str:
        """'12 events', or '10 dated events · 2 undated' when some still wait for their day."""
        dated = {o.uid for o in occurrences if o.event.date_is_fixed}
        undated = {o.uid for o in occurrences} - dated
        if undated:
            text = self.tr("{dated} · {undated}").format(
                dated=self.tr("%n dated event(s)", "", len(dated)), undated=self.tr("%n undated", "", len(undated)))
        else:
            text = self.tr("%n event(s)", "", len(dated))
        return self.tr("{count} · repeats cut short").format(count=text) if cut_short else text

    def show_zone(self, description: str) -> None:
        self.zone_description = description
        self.zone_label.setText(self.tr("Time zone: {zone}").format(zone=description))

    def show_today(self, today: date, place: str, tzid: str) -> None:
        self.today_label.setText(self.tr("Today: {day} ({place})").format(day=weekday_date_text(today), place=place))
        self.today_label.setToolTip(self.tr("Today is the day in the display zone ({zone}); change it in Settings.")
                                    .format(zone=tzid))


def sentence(text: str) -> str:
    """A message as the status bar and message boxes show it: capitalised, never empty."""
    text = text.strip()
    return text[:1].upper() + text[1:] if text else QCoreApplication.translate("MainWindow", "Something went wrong.")
