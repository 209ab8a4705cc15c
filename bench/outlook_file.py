"""Write an Outlook-style iCalendar file for the benchmarks.

What Outlook writes: Windows zone names in TZID with their own VTIMEZONE blocks, all-day
events as VALUE=DATE with the Microsoft all-day flag, weekly series with a COUNT, CRLF line
ends. The content is generated from a seed, so every run measures the same file.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

# Windows zone name -> (standard offset, VTIMEZONE body lines). Outlook writes these names.
WINDOWS_ZONES: dict[str, list[str]] = {
    "Central Asia Standard Time": ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0500",
                                   "TZOFFSETTO:+0500", "END:STANDARD"],
    "Azerbaijan Standard Time": ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0400",
                                 "TZOFFSETTO:+0400", "END:STANDARD"],
    "China Standard Time": ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800",
                            "TZOFFSETTO:+0800", "END:STANDARD"],
    "Turkey Standard Time": ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300",
                             "TZOFFSETTO:+0300", "END:STANDARD"],
    "Egypt Standard Time": ["BEGIN:STANDARD", "DTSTART:16010101T000000",
                            "RRULE:FREQ=YEARLY;BYDAY=-1TH;BYMONTH=10", "TZOFFSETFROM:+0300",
                            "TZOFFSETTO:+0200", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                            "RRULE:FREQ=YEARLY;BYDAY=-1FR;BYMONTH=4", "TZOFFSETFROM:+0200",
                            "TZOFFSETTO:+0300", "END:DAYLIGHT"],
}
TITLES = ["SOC meeting", "SWG session", "Business Forum panel", "Youth Council call", "Think Tank Forum",
          "Ministerial Council preparation", "Training on confidence building measures", "Expert meeting"]
CITIES = ["Astana", "Baku", "Bishkek", "Dushanbe", "Tashkent", "Beijing", "Ankara", "Cairo"]


def outlook_calendar(count: int, seed: int = 2024) -> bytes:
    """Return an Outlook-style calendar of ``count`` VEVENTs (timed, all-day and weekly series)."""
    rng = random.Random(seed)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:PUBLISH", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"]
    for name, body in WINDOWS_ZONES.items():
        lines += ["BEGIN:VTIMEZONE", f"TZID:{name}", *body, "END:VTIMEZONE"]
    zones = list(WINDOWS_ZONES)
    for number in range(count):
        day = date(2021, 1, 1) + timedelta(days=rng.randrange(365 * 6))
        title = f"{rng.choice(TITLES)} {number}"
        lines += ["BEGIN:VEVENT", f"UID:040000008200E00074C5B7101A82E0080000000{number:08d}",
                  f"SUMMARY:{title}", f"LOCATION:{rng.choice(CITIES)}",
                  f"DESCRIPTION:Agenda item {number}\\nPrepared by the Secretariat",
                  "DTSTAMP:20241201T080000Z", f"SEQUENCE:{rng.randrange(3)}"]
        kind = rng.random()
        if kind < 0.25:
            end = day + timedelta(days=rng.choice([1, 1, 2, 3]))
            lines += [f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}",
                      "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "TRANSP:TRANSPARENT"]
        else:
            zone = rng.choice(zones)
            hour = rng.randrange(8, 18)
            lines += [f"DTSTART;TZID={zone}:{day:%Y%m%d}T{hour:02d}0000",
                      f"DTEND;TZID={zone}:{day:%Y%m%d}T{hour + rng.choice([1, 2]):02d}0000",
                      "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]
            if kind > 0.85:
                lines.append(f"RRULE:FREQ=WEEKLY;COUNT={rng.choice([4, 8, 10])}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def write_outlook_calendar(path: Path, count: int) -> Path:
    path.write_bytes(outlook_calendar(count))
    return path
