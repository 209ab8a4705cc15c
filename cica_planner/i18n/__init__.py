"""The app's two languages, below the widgets: the catalogue loader, CICA's glossary and dates in words.

Qt Core only (translators, QLocale), no widgets: the window (ui/) and the status report
(reports/, also written by the command line) use the same words, so these modules sit apart
from both; the views, dialogs and widgets import them from here too.
"""
