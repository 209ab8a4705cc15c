"""Desktop user interface (PySide6): main window, calendar views, dialogs and widgets."""

import PySide6  # noqa: F401 - imported before the modules below, so that its check of them can be answered

from cica_planner.pyside_imports import skip_source_reading

# PySide's check of every module imported after it is answered without reading the module's
# source from here on (pyside_imports.py): the UI's modules are imported after PySide, some 70
# of them before the window's first paint.
skip_source_reading()
