"""CICA's glossary for the UI (see cica_planner.i18n.terms).

The code lives in ``cica_planner.i18n`` so that the status report, which the command line also
writes, uses the same words without importing the UI; views, dialogs and widgets import it from here.
"""

from __future__ import annotations

from cica_planner.i18n.terms import (
    BODY_ABBREVIATIONS,
    BODY_NAMES,
    CATEGORY_LABELS,
    COUNTRY_NAMES,
    MODE_LABELS,
    ORGANISATION_NAMES,
    PERIOD_PART_LABELS,
    PRECISION_LABELS,
    PRIORITY_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
    TASK_STATUS_LABELS,
    body_abbreviation,
    body_name,
    category_label,
    country_name,
    country_name_from_english,
    mode_label,
    organisation_name,
    period_part_label,
    precision_label,
    priority_label,
    role_label,
    status_label,
    task_status_label,
)

__all__ = [
    "ORGANISATION_NAMES",
    "BODY_NAMES",
    "BODY_ABBREVIATIONS",
    "COUNTRY_NAMES",
    "CATEGORY_LABELS",
    "STATUS_LABELS",
    "MODE_LABELS",
    "PRECISION_LABELS",
    "PERIOD_PART_LABELS",
    "TASK_STATUS_LABELS",
    "PRIORITY_LABELS",
    "ROLE_LABELS",
    "organisation_name",
    "body_name",
    "body_abbreviation",
    "country_name",
    "country_name_from_english",
    "category_label",
    "status_label",
    "mode_label",
    "precision_label",
    "period_part_label",
    "task_status_label",
    "priority_label",
    "role_label",
]
