"""The X- properties CICA Planner writes into its iCalendar files, and reads back on import.

Other clients ignore them; they keep what iCalendar has no place for (zone, city, country,
mode, exact status, precision, the plain description), so that importing an export gives
the same events back. Kept apart from the exporter so that reading a file does not load it.
"""

from __future__ import annotations

X_TZID = "X-CICA-TZID"
X_CITY = "X-CICA-CITY"
X_COUNTRY = "X-CICA-COUNTRY"
X_VENUE = "X-CICA-VENUE"
X_MODE = "X-CICA-MODE"
X_STATUS = "X-CICA-STATUS"
X_ORGANISER = "X-CICA-ORGANISER"
X_PRECISION = "X-CICA-PRECISION"
X_PERIOD_PART = "X-CICA-PERIOD-PART"
X_DESCRIPTION = "X-CICA-DESCRIPTION"
X_TITLE = "X-CICA-TITLE"
X_KIND = "X-CICA-KIND"
#: The X_KIND of a checklist deadline marker (an all-day VEVENT, not an event of the calendar).
KIND_DEADLINE = "DEADLINE"
