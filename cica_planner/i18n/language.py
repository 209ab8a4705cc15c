"""The language of the user interface: English or Russian, chosen by the user or taken from the system.

``install_language`` loads Qt's own translations (standard buttons, context menus of text
fields) and the app's compiled catalogue ``resources/translations/cica_planner_<code>.qm``
into the application, replacing the previous language's translators, and makes the chosen
``QLocale`` the default so dates and numbers follow it. English also installs a catalogue:
it holds only the plural forms ("1 event", "2 events").

The rest of the UI asks :func:`ui_locale` for the locale to format with and never reads
the system locale itself.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cica_planner.resources import resource_path


class LanguageChoice(StrEnum):
    """What the user picked in Settings → Language; the value is what settings store."""

    SYSTEM = "system"
    ENGLISH = "en"
    RUSSIAN = "ru"


# The languages the app is translated into (ISO 639-1 codes).
SUPPORTED_LANGUAGES = ("en", "ru")


_installed: list[QTranslator] = []
_current_code = "en"
_ever_installed = False


def parse_choice(text: object) -> LanguageChoice:
    """The stored choice, or System for anything unreadable (an old or hand-edited settings file)."""
    try:
        return LanguageChoice(str(text or "").strip().lower())
    except ValueError:
        return LanguageChoice.SYSTEM


def resolve_language(choice: LanguageChoice, system_locale: QLocale | None = None) -> str:
    """The language code to show: the choice itself, or the system's language when supported, else English."""
    if choice is not LanguageChoice.SYSTEM:
        return choice.value
    locale = system_locale if system_locale is not None else QLocale.system()
    for name in [locale.name(), *locale.uiLanguages()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
    return "en"


def locale_for(code: str) -> QLocale:
    """The QLocale the app formats with for a language.

    The app writes its own date patterns ("d MMM yyyy"), so the country only picks the
    names: US English abbreviates September "Sep" as the domain's labels do (British English
    says "Sept"); Russian names are the same across Russia and Kazakhstan.
    """
    if code == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install_language(choice: LanguageChoice | str, system_locale: QLocale | None = None) -> str:
    """Make ``choice`` the language of the running application; return the language code in effect.

    Safe to call again: the previous language's translators are removed first, so switching
    back to English leaves no Russian behind. Needs a QCoreApplication.
    """
    global _current_code, _ever_installed
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a running QApplication")
    code = resolve_language(parse_choice(choice), system_locale)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{code}", qt_folder), (f"cica_planner_{code}", str(resource_path("translations")))]
    for name, folder in candidates:
        translator = QTranslator()  # kept alive by _installed, not by an application that may go first
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    _current_code = code
    _ever_installed = True
    QLocale.setDefault(locale_for(code))
    return code


def ensure_language(choice: LanguageChoice | str) -> str:
    """Install ``choice`` unless a language was installed already (a window built after start-up)."""
    return _current_code if _ever_installed else install_language(choice)


def language_installed() -> bool:
    """Whether a language was installed in this process (by the app, or for a report)."""
    return _ever_installed


def current_language() -> str:
    """The code of the language installed last ("en" before any)."""
    return _current_code


def ui_locale() -> QLocale:
    """The locale of the chosen language: month and weekday names, date and number formats."""
    return locale_for(_current_code)
