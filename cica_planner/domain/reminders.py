"""The reminder an export may add to each timed event (off unless asked for)."""

from __future__ import annotations

#: The reminder offered when one is asked for (the Outlook default); none is added unless asked.
ALARM_MINUTES = 15
#: Reminders further ahead than a week are a mistake, not a reminder.
MAX_ALARM_MINUTES = 7 * 24 * 60
