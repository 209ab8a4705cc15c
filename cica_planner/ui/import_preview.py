"""Prepare an import plan for its preview: tidy places, find likely duplicates, gather what rows show."""

from __future__ import annotations

from datetime import date

from cica_planner.domain.model import Country
from cica_planner.services.ical_import import ImportPlan
from cica_planner.services.import_review import likely_duplicates, tidy_places
from cica_planner.services.planner import PlannerService
from cica_planner.ui.dialogs.import_dialog import ImportReview


def review_import(planner: PlannerService, plan: ImportPlan, today: date, display_tz: str,
                  countries: list[Country]) -> tuple[ImportPlan, ImportReview]:
    """The plan with tidy places, and the review the preview dialog shows it with."""
    plan = tidy_places(plan, countries)
    return plan, ImportReview(likely_duplicates(planner, plan), today, display_tz, countries)
