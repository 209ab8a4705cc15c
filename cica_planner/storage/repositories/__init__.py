"""Storage owns persistence: one repository per aggregate, rows ↔ domain objects.

- ``events``: events with their history and changed occurrences (``EventRepository``).
- ``tasks``: tasks, the steps of checklists and the milestones of handover plans.
- ``chairs``: chairmanship terms, body chairs and handover plans.
- ``templates``: checklist templates with their steps.
- ``reference``: countries and CICA bodies.

Services hand in a Session (one transaction per service call); nothing here commits.
"""

from cica_planner.storage.repositories.chairs import BodyChairRepository, ChairTermRepository, HandoverRepository
from cica_planner.storage.repositories.common import get_row
from cica_planner.storage.repositories.events import EventRepository, EventStamp, event_to_row, override_to_row
from cica_planner.storage.repositories.reference import bodies, body_names, countries, country_names
from cica_planner.storage.repositories.tasks import (
    TaskRepository,
    locked_task_row,
    signed_task,
    task_from_row,
    task_to_row,
)
from cica_planner.storage.repositories.templates import TemplateRepository
from cica_planner.storage.row_reading import event_from_row, moment_from_text, moment_to_text, override_from_row

__all__ = [
    "BodyChairRepository", "ChairTermRepository", "EventRepository", "EventStamp", "HandoverRepository",
    "TaskRepository", "TemplateRepository", "bodies", "body_names", "countries", "country_names", "event_from_row", "event_to_row",
    "get_row", "locked_task_row", "moment_from_text", "moment_to_text", "override_from_row", "override_to_row",
    "signed_task", "task_from_row", "task_to_row",
]
