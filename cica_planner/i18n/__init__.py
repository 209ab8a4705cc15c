"""The app's two languages, below the widgets: the catalogue loader, CICA's glossary and dates in words.

Qt Core only (translators, QLocale), no widgets: the window (ui/) and the status report
(reports/, also written by the command line) use the same words, so these modules sit apart
from both. ``cica_planner.ui.language``, ``ui.terms`` and ``ui.locale_dates`` are the UI's names
for them.
"""
