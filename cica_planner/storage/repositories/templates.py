"""Checklist templates with their steps: rows ↔ ChecklistTemplate, and the TemplateRepository."""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import Session, col, select

from cica_planner.domain.checklists import ChecklistTemplate
from cica_planner.domain.errors import NotFoundError, ValidationError
from cica_planner.domain.model import Category
from cica_planner.domain.step_conditions import StepCondition
from cica_planner.domain.tasks import Priority, RelativeDeadline, TemplateItem
from cica_planner.storage.tables import ChecklistTemplateRow, TemplateItemRow


def template_from_rows(row: ChecklistTemplateRow, items: list[TemplateItemRow]) -> ChecklistTemplate:
    return ChecklistTemplate(
        id=row.id,
        key=row.key,
        name=row.name,
        categories=[Category(c) for c in row.categories.split(",") if c],
        description=row.description,
        items=[
            TemplateItem(
                id=item.id,
                title=item.title,
                offset=RelativeDeadline.parse(item.offset),
                owner=item.owner,
                priority=Priority(item.priority),
                position=item.position,
                applies_when=item.applies_when,
            )
            for item in sorted(items, key=lambda i: (i.position, i.id or 0))
        ],
        version=row.version,
        changed_by=row.changed_by,
        changed_at=row.changed_at,
    )


class TemplateRepository:
    """Checklist templates in one session; a template's steps are written and read with it."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> list[ChecklistTemplate]:
        """Every template with its steps, in the order they were created."""
        rows = self.session.exec(select(ChecklistTemplateRow).order_by(col(ChecklistTemplateRow.id))).all()
        items: dict[int, list[TemplateItemRow]] = defaultdict(list)
        for item in self.session.exec(select(TemplateItemRow)).all():
            items[item.template_id].append(item)
        return [template_from_rows(row, items[row.id or 0]) for row in rows]

    def get(self, key: str) -> ChecklistTemplate:
        return self._read(self._row(key))

    def locked(self, key: str) -> ChecklistTemplate | None:
        """The template ``key`` read for a write (its row locked on PostgreSQL until the commit)."""
        row = self.session.exec(select(ChecklistTemplateRow).where(ChecklistTemplateRow.key == key)
                                .with_for_update()).first()
        return None if row is None else self._read(row)

    def add(self, template: ChecklistTemplate) -> ChecklistTemplate:
        if self.session.exec(select(ChecklistTemplateRow).where(ChecklistTemplateRow.key == template.key)).first():
            raise ValidationError(f"a template with the key {template.key!r} exists already")
        row = ChecklistTemplateRow(
            key=template.key.strip(),
            name=template.name.strip(),
            categories=",".join(c.value for c in template.categories),
            description=template.description,
        )
        self.session.add(row)
        self.session.flush()
        self._write_items(row.id or 0, template.items)
        self.session.flush()
        return self._read(row)

    def update(self, template: ChecklistTemplate) -> ChecklistTemplate:
        """Store the name, categories, description and steps (the steps are replaced whole)."""
        row = self._row(template.key)
        row.version += 1  # its steps are rows of their own: the template's version covers them too
        row.name = template.name.strip()
        row.categories = ",".join(c.value for c in template.categories)
        row.description = template.description
        self.session.add(row)
        for item in self._item_rows(row.id):
            self.session.delete(item)
        self.session.flush()
        self._write_items(row.id or 0, template.items)
        self.session.flush()
        return self._read(row)

    def delete(self, key: str) -> None:
        row = self._row(key)
        for item in self._item_rows(row.id):
            self.session.delete(item)
        self.session.flush()  # steps first: the database would cascade them away under the ORM's feet
        self.session.delete(row)

    def _row(self, key: str) -> ChecklistTemplateRow:
        row = self.session.exec(select(ChecklistTemplateRow).where(ChecklistTemplateRow.key == key)).first()
        if row is None:
            raise NotFoundError(f"no checklist template {key!r}")
        return row

    def _item_rows(self, template_id: int | None) -> list[TemplateItemRow]:
        return list(self.session.exec(select(TemplateItemRow).where(TemplateItemRow.template_id == template_id)).all())

    def _read(self, row: ChecklistTemplateRow) -> ChecklistTemplate:
        return template_from_rows(row, self._item_rows(row.id))

    def _write_items(self, template_id: int, items: list[TemplateItem]) -> None:
        for position, item in enumerate(items):
            self.session.add(
                TemplateItemRow(
                    template_id=template_id,
                    title=item.title.strip(),
                    offset=item.offset.label(),
                    applies_when=StepCondition.parse(item.applies_when).value,
                    owner=item.owner.strip(),
                    priority=item.priority.value,
                    position=position,
                )
            )
