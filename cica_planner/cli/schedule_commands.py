"""``suggest``: rank start dates for a meeting, avoiding holidays, weekends, Ramadan and clashes."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from cica_planner.cli.options import parse_date, print_json
from cica_planner.domain.clock import system_clock
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category

DEFAULT_LIMIT = 10


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "suggest",
        help="rank start dates for a meeting (holidays, weekends, Ramadan, other meetings)",
        description="Rank start dates for a meeting between --from and --to, best first. Days on a public "
        "holiday or the weekend of the host are never proposed; holidays and weekends of the other countries, "
        "Ramadan, blackout periods (UNGA high-level week), other CICA meetings and checklist steps already past "
        "due add penalty points (score 0: nothing against the date). See README, 'Scheduling assistant'.",
    )
    parser.add_argument("--category", required=True, metavar="NAME", help="kind of meeting, e.g. SOC, SWG, 'Ministerial Council'")
    parser.add_argument("--host", required=True, metavar="CODE", help="host country (ISO code, e.g. KZ)")
    parser.add_argument("--days", type=int, default=1, metavar="N", help="length of the meeting in days (default 1)")
    parser.add_argument("--from", dest="from_", required=True, metavar="DATE", help="earliest first day (YYYY-MM-DD)")
    parser.add_argument("--to", required=True, metavar="DATE", help="latest last day (YYYY-MM-DD)")
    parser.add_argument("--countries", default="all", metavar="SET",
                        help="whose holidays and weekends count: all (Member States, default), troika, host, or codes like KZ,AZ,CN")
    parser.add_argument("--min-gap", type=int, default=7, metavar="DAYS",
                        help="other CICA meetings closer than this many days count against a date (default 7)")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                        help=f"show the N best dates (default {DEFAULT_LIMIT}; 0 for all)")
    parser.add_argument("--today", metavar="DATE", help="the day that decides which checklist steps are late (default: today in Astana)")
    parser.add_argument("--json", action="store_true", help="print [{start, end, score, conflicts: [{kind, country, name, date}]}]")
    parser.set_defaults(handler=run_suggest)

    days = subparsers.add_parser(
        "holidays",
        help="public holidays and weekends of Member States in a period",
        description="Public holidays of the chosen countries between --from and --to, from the holidays package, "
        "with names in English and in the country's language, and each country's weekend.",
    )
    days.add_argument("--countries", default="all", metavar="SET",
                      help="all (Member States, default), or ISO codes like KZ,AZ,CN (observers too)")
    days.add_argument("--from", dest="from_", required=True, metavar="DATE", help="first day (YYYY-MM-DD)")
    days.add_argument("--to", required=True, metavar="DATE", help="last day, inclusive (YYYY-MM-DD)")
    days.add_argument("--json", action="store_true",
                      help="print {weekends: {CODE: [weekday, ...]}, holidays: [{date, country, name, local_name}]}")
    days.set_defaults(handler=run_holidays)


def run_suggest(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    from cica_planner.services.scheduling.service import CountrySet
    from cica_planner.services.scheduling.warnings import warning_lines

    first = parse_date(args.from_, "--from") or date.min  # required options: never None
    last = parse_date(args.to, "--to") or date.min
    today = parse_date(args.today, "--today") or system_clock().today()
    if args.limit < 0:
        raise ValidationError("--limit cannot be negative")
    category = Category.parse(args.category)
    countries = CountrySet.parse(args.countries)
    service = context.services.scheduling
    result = service.suggest(category=category, host=args.host, days=args.days, first=first, last=last,
                             countries=countries, min_gap=args.min_gap, today=today)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    shown = result.candidates[: args.limit] if args.limit else result.candidates
    if args.json:
        print_json([candidate.as_json() for candidate in shown])
        return 0
    if not shown:
        print("no possible date: every start falls on a holiday or the weekend of the host")
        return 0
    for candidate in shown:
        span = candidate.first.isoformat() if candidate.first == candidate.last else f"{candidate.first}..{candidate.last}"
        lines = warning_lines(candidate)
        summary = "; ".join(line.text for line in lines) if lines else "no conflicts"
        print(f"{span:<23} {candidate.first:%a}  score {candidate.score:>4}  {summary}")
    return 0


def run_holidays(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context, unused: no database
    from cica_planner.services.scheduling.holiday_calendar import (
        WEEKDAY_NAMES,
        country_name,
        member_states,
        shared_calendar,
    )
    from cica_planner.services.scheduling.service import MAX_WINDOW_DAYS, CountrySet

    first = parse_date(args.from_, "--from") or date.min
    last = parse_date(args.to, "--to") or date.min
    if last < first:
        raise ValidationError("--to comes before --from")
    if (last - first).days + 1 > MAX_WINDOW_DAYS:
        raise ValidationError(f"the period is too long: ask for at most {MAX_WINDOW_DAYS} days at a time")
    chosen = CountrySet.parse(args.countries)
    if chosen.kind not in ("all", "custom"):
        raise ValidationError("--countries takes all or ISO codes here (there is no host or troika to ask about)")
    codes = list(member_states()) if chosen.kind == "all" else list(chosen.codes)
    calendar = shared_calendar()
    for gap in calendar.gaps(codes, first, last):
        print(f"note: {gap.message}", file=sys.stderr)
    found = calendar.holidays_between(codes, first, last)
    if args.json:
        print_json({
            "weekends": {code: [WEEKDAY_NAMES[d] for d in sorted(calendar.weekend_days(code))] for code in codes},
            "holidays": [{"date": h.day.isoformat(), "country": h.country, "name": h.name, "local_name": h.local_name}
                         for h in found],
        })
        return 0
    for holiday in found:
        print(f"{holiday.day}  {holiday.day:%a}  {holiday.country}  {country_name(holiday.country):<22} {holiday.label}")
    weekends: dict[str, list[str]] = {}
    for code in codes:
        weekends.setdefault(calendar.weekend_text(code), []).append(code)
    print("weekends: " + "; ".join(f"{days} {', '.join(group)}" for days, group in sorted(weekends.items())))
    return 0
