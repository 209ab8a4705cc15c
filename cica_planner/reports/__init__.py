"""Documents the app writes with Qt and without a window: the status report as PDF (and its wording).

The command line (``cica-planner report``) and the window both write the report through
this package; it uses Qt's painting and translation but no widget, and never imports ``ui``.
"""
