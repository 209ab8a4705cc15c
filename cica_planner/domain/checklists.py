"""Checklist templates: the typical preparation steps of one kind of event.

A checklist is an event's list of preparation tasks; a template is the list per kind of
event that a checklist starts from (its steps are :class:`~cica_planner.domain.tasks.TemplateItem`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category
from cica_planner.domain.tasks import TemplateItem


@dataclass
class ChecklistTemplate:
    """The typical preparation steps of one kind of event."""

    key: str
    name: str
    categories: list[Category] = field(default_factory=list)
    description: str = ""
    items: list[TemplateItem] = field(default_factory=list)
    id: int | None = None
    #: The stored version this copy was read at (0: not checked); saving an older one is a conflict.
    version: int = field(default=0, compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)

    def validate(self) -> None:
        """Raise ValidationError unless the template can be stored."""
        if not self.key.strip():
            raise ValidationError("a template needs a key")
        if not self.name.strip():
            raise ValidationError("a template needs a name")
        titles = [item.title.strip() for item in self.items]
        if any(not title for title in titles):
            raise ValidationError(f"every step of the template {self.name!r} needs a title")
        duplicates = sorted({t for t in titles if titles.count(t) > 1})
        if duplicates:
            raise ValidationError(f"the step {duplicates[0]!r} appears twice in the template {self.name!r}")
