"""Preferences: the time zone the calendar is displayed in."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Country, zone
from cica_planner.domain.search_text import fold
from cica_planner.i18n.terms import country_name
from cica_planner.ui.dialogs.common import ValidatingDialog, error_label, run_for_value
from cica_planner.ui.settings import DEFAULT_DISPLAY_TZ, describe_zone
from cica_planner.ui.settings import zone_countries as zone_countries  # its home was here


@dataclass(frozen=True)
class Preferences:
    """What the settings dialog edits."""

    display_tz: str = DEFAULT_DISPLAY_TZ
    display_name: str = ""  # signs your changes in a team calendar, next to your user name
    language: str = "system"  # "system", "en" or "ru" (i18n.language.LanguageChoice)


def city_zones(countries: list[Country]) -> dict[str, str]:
    """Map each IANA zone's city ("baku", "tokyo"), each State's name and Astana (folded) to its zone."""
    found: dict[str, str] = {}
    for tzid in available_timezones():
        if "/" in tzid:
            found.setdefault(fold(tzid.rsplit("/", 1)[1].replace("_", " ")), tzid)
    for country in countries:
        if country.tzid:
            found[fold(country.name)] = country.tzid  # "Azerbaijan" names Baku's time
            found[fold(country_name(country.code, country.name))] = country.tzid  # and "Азербайджан", in Russian
    found[fold("Astana")] = DEFAULT_DISPLAY_TZ
    found[fold("Астана")] = DEFAULT_DISPLAY_TZ
    return found


def resolve_zone(text: str, cities: dict[str, str]) -> str:
    """The IANA zone ``text`` names: a zone in any case, "Zone (place, UTC+x)", "City — Zone" or a city.

    Unknown text is returned as typed, for the caller's validation to name it.
    """
    text = text.strip()
    if " — " in text:
        text = text.rsplit(" — ", 1)[1].strip()
    text = text.split(" (", 1)[0].strip()
    by_lower = {tzid.lower(): tzid for tzid in available_timezones()}
    if text.lower() in by_lower:
        return by_lower[text.lower()]
    return cities.get(fold(text), text)


class SettingsDialog(ValidatingDialog):
    """Edit the preferences; ``value()`` returns them, validated."""

    def __init__(self, initial: Preferences, countries: list[Country] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        capitals = zone_countries(countries or [])  # zone → the States that keep its time
        # Offered besides the zones: the Member States by name and the Secretariat's city.
        self._city_names = {c.name: c.tzid for c in countries or [] if c.tzid}
        self._city_names["Astana"] = DEFAULT_DISPLAY_TZ
        self.zone_combo = QComboBox(self)
        self.zone_combo.setObjectName("display_zone_combo")
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # The capitals' zones first (what the Secretariat needs), then every other IANA zone.
        first = sorted(capitals, key=lambda tzid: (tzid != DEFAULT_DISPLAY_TZ, tzid))
        for tzid in first:
            self.zone_combo.addItem(describe_zone(tzid, capitals), tzid)
        self.zone_combo.insertSeparator(self.zone_combo.count())
        for tzid in sorted(available_timezones() - set(first)):
            if "/" in tzid and not tzid.startswith(("Etc/", "SystemV/", "US/")):
                self.zone_combo.addItem(tzid, tzid)
        self._city_zones = city_zones(countries or [])
        # The completer offers zones and cities alike: "Baku" finds Asia/Baku, "Astana" Asia/Almaty.
        cities = [f"{name} — {tzid}" for name, tzid in sorted(self._city_names.items())]
        completer = QCompleter([self.zone_combo.itemText(i) for i in range(self.zone_combo.count())] + cities, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        self.zone_combo.setMinimumWidth(380)
        self.set_zone(initial.display_tz)
        hint = QLabel(self.tr("Every event is shown at this zone's time; its editor and tooltip also give the venue's local time."),
                      self)
        hint.setWordWrap(True)
        hint.setObjectName("hint_label")
        self.name_edit = QLineEdit(initial.display_name, self)
        self.name_edit.setObjectName("display_name_edit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Aigerim Sadykova"))
        self.name_edit.setMaxLength(80)
        name_hint = QLabel(self.tr("Shown with every change you make, next to your user name on the calendar."), self)
        name_hint.setWordWrap(True)
        name_hint.setObjectName("name_hint_label")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language_combo")
        # Each language in its own name, as Outlook and Thunderbird list them; System follows the computer.
        self.language_combo.addItem(self.tr("System"), "system")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Русский", "ru")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(initial.language), 0))
        self.error_label = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Display &time zone:"), self.zone_combo)
        layout.addRow(hint)
        layout.addRow(self.tr("Your &name:"), self.name_edit)
        layout.addRow(name_hint)
        layout.addRow(self.tr("&Language:"), self.language_combo)
        layout.addRow(self.error_label)
        layout.addRow(buttons)

    def set_zone(self, tzid: str) -> None:
        index = self.zone_combo.findData(tzid)
        if index >= 0:
            self.zone_combo.setCurrentIndex(index)
        else:
            self.zone_combo.setEditText(tzid)

    def zone_text(self) -> str:
        """The IANA name of the chosen zone, whether picked from the list or typed (a city's name too)."""
        text = self.zone_combo.currentText().strip()
        index = self.zone_combo.findText(text)
        if index >= 0 and self.zone_combo.itemData(index):
            return str(self.zone_combo.itemData(index))
        return resolve_zone(text, self._city_zones)

    def value(self) -> Preferences:
        tzid = self.zone_text()
        try:
            zone(tzid)
        except ValidationError:
            raise ValidationError(self.tr("unknown time zone {zone}: choose one from the list, or type a city such as "
                                          "Astana, Baku or Tokyo").format(zone=repr(tzid))) from None
        return Preferences(display_tz=tzid, display_name=" ".join(self.name_edit.text().split()),
                           language=str(self.language_combo.currentData()))

    def show_error(self, message: str) -> None:
        super().show_error(message[:1].upper() + message[1:])

    @classmethod
    def get_preferences(cls, parent: QWidget | None, initial: Preferences, countries: list[Country] | None = None) -> Preferences | None:
        """Show the dialog; return the new preferences, or None when cancelled."""
        dialog = cls(initial, countries, parent)
        return run_for_value(dialog)
