"""Calendar views: month, week/day, agenda and year, all implementing ``CalendarView``."""
