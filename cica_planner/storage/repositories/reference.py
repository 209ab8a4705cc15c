"""Reference data: the countries and the CICA bodies."""

from __future__ import annotations

from sqlmodel import Session, col, select

from cica_planner.domain.model import Body, Country
from cica_planner.storage.tables import BodyRow, CountryRow


def countries(session: Session) -> list[Country]:
    rows = session.exec(select(CountryRow).order_by(col(CountryRow.name))).all()
    return [Country(r.code, r.name, r.tzid, r.status, r.joined) for r in rows]


def bodies(session: Session) -> list[Body]:
    rows = session.exec(select(BodyRow).order_by(col(BodyRow.name))).all()
    return [Body(r.code, r.name, r.kind, r.description, r.colour) for r in rows]


def country_names(session: Session) -> dict[str, str]:
    """Each country's code → its name."""
    return {row.code: row.name for row in session.exec(select(CountryRow)).all()}


def body_names(session: Session) -> dict[str, str]:
    """Each body's code → its name."""
    return {row.code: row.name for row in session.exec(select(BodyRow)).all()}
