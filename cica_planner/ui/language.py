"""The UI's loader of the chosen language (see cica_planner.i18n.language).

The code lives in ``cica_planner.i18n`` so that the status report, which the command line also
writes, uses the same words without importing the UI; views, dialogs and widgets import it from here.
"""

from __future__ import annotations

from cica_planner.i18n.language import (
    NATIVE_NAMES,
    SUPPORTED_LANGUAGES,
    LanguageChoice,
    catalogue_path,
    current_language,
    ensure_language,
    install_language,
    locale_for,
    parse_choice,
    resolve_language,
    ui_locale,
)

__all__ = [
    "LanguageChoice",
    "SUPPORTED_LANGUAGES",
    "NATIVE_NAMES",
    "parse_choice",
    "resolve_language",
    "locale_for",
    "catalogue_path",
    "install_language",
    "ensure_language",
    "current_language",
    "ui_locale",
]
