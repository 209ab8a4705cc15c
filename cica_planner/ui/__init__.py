"""Desktop user interface (PySide6): main window, calendar views, dialogs and widgets."""
