"""``chairs``: the troika on a date; ``handover``: the handover plans with their milestones."""

from __future__ import annotations

import argparse

from cica_planner.cli.options import parse_date, print_json
from cica_planner.domain.chairmanship import ChairTerm
from cica_planner.domain.wording import OVERDUE


def register(subparsers: argparse._SubParsersAction) -> None:
    chairs = subparsers.add_parser("chairs", help="show the previous, current and incoming CICA chair on a date")
    chairs.add_argument("--at", metavar="DATE", help="the day to look at (YYYY-MM-DD; default: today)")
    chairs.add_argument("--json", action="store_true", help="print a JSON object")
    chairs.set_defaults(handler=run_chairs)

    handover = subparsers.add_parser("handover", help="list the chairmanship handover plans with their milestones")
    handover.add_argument("--at", metavar="DATE", help="the day that decides what is overdue (default: today)")
    handover.add_argument("--json", action="store_true", help="print a JSON array")
    handover.set_defaults(handler=run_handover)


def _service(context):  # noqa: ANN001, ANN202 - cli.Context
    return context.services.chairs


def term_json(term: ChairTerm | None) -> dict | None:
    """The JSON object of one chair of the troika (None stays null)."""
    if term is None:
        return None
    return {
        "country": term.country,
        "name": term.label,
        "from": term.starts.isoformat(),
        "to": term.ends.isoformat() if term.ends else None,
    }


def _term_text(term: ChairTerm | None, missing: str) -> str:
    if term is None:
        return missing
    until = term.ends.isoformat() if term.ends else "…"
    return f"{term.label} ({term.country}), {term.starts.isoformat()} – {until}"


def run_chairs(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    day = parse_date(args.at, "--at") or context.today()
    troika = _service(context).troika(day)
    if args.json:
        print_json({
            "at": day.isoformat(),
            "previous": term_json(troika.previous),
            "current": term_json(troika.current),
            "incoming": term_json(troika.incoming),
        })
        return 0
    print(f"Previous chair:  {_term_text(troika.previous, '—')}")
    print(f"Current chair:   {_term_text(troika.current, '— (no chair)')}")
    print(f"Incoming chair:  {_term_text(troika.incoming, '— (not decided yet)')}")
    return 0


def run_handover(args: argparse.Namespace, context) -> int:  # noqa: ANN001 - cli.Context
    from cica_planner.services.chairmanship import MilestoneState, milestone_state

    today = parse_date(args.at, "--at") or context.today()
    plans = _service(context).plans()
    if args.json:
        print_json([
            {
                "id": plan.id,
                "from": plan.handover.from_country,
                "to": plan.handover.to_country or None,
                "title": plan.label,
                "anchor_uid": plan.handover.anchor_event_uid,
                "anchor_title": None if plan.anchor_deleted else plan.anchor_title,
                "anchor_deleted": plan.anchor_deleted,
                "anchor_start": plan.anchor_start.isoformat() if plan.anchor_start else None,
                "provisional": plan.anchor_provisional,
                "milestones": [
                    {
                        "id": item.id,
                        "title": item.task.title,
                        "offset": item.task.relative.label() if item.task.relative else None,
                        "owner": item.task.owner,
                        "due": item.due.isoformat() if item.due else None,
                        "completed_on": item.task.completed_on.isoformat() if item.task.completed_on else None,
                        "status": milestone_state(item, today).value,
                    }
                    for item in plan.milestones
                ],
            }
            for plan in plans
        ])
        return 0
    if not plans:
        print("No handover is planned.")
        return 0
    # The mark and the word of each state; due and done dates have columns of their own, so a
    # milestone done late shows both (due 11 Nov, done 17 Dec) and the columns line up.
    shown = {MilestoneState.DONE: ("✓", "done"), MilestoneState.OPEN: (" ", "open"), MilestoneState.OVERDUE: ("!", OVERDUE),
             MilestoneState.NOT_RECORDED: ("?", "unrecorded")}
    for index, plan in enumerate(plans):
        if index:
            print()
        print(f"{plan.label} — {plan.anchor_label}")
        if plan.milestones:
            print(f"      {'state':<10} {'due':<16} {'done':<10}  milestone")
        for item in plan.milestones:
            mark, label = shown[milestone_state(item, today)]
            due = item.due.isoformat() if item.due else "—"
            if item.provisional and not item.task.is_done:
                due += " (TBC)"
            # A milestone done on a day nobody recorded shows no day at all, never its due date.
            if item.task.is_done:
                done = item.task.completed_on.isoformat() if item.task.completed_on else "not known"
            else:
                done = "—"
            print(f"  [{mark}] {label:<10} {due:<16} {done:<10}  {item.task.title}")
    return 0
