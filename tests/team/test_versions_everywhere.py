"""Terms and templates carry versions too; the schema's version is checked on a team calendar."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pg_cluster import login_url
from sqlalchemy import text

from cica_planner.domain.errors import ConflictError, StorageError
from cica_planner.services import team
from cica_planner.services.chairmanship import ChairmanshipService
from cica_planner.services.checklists import ChecklistService
from cica_planner.services.seeding import open_database
from cica_planner.storage.db import make_engine, upgrade


@pytest.fixture
def two_engines(seeded_db):
    engines = [open_database(seeded_db), open_database(seeded_db)]
    yield engines
    for engine in engines:
        engine.dispose()


def test_a_stale_term_save_is_refused(two_engines) -> None:
    mine, theirs = (ChairmanshipService(engine) for engine in two_engines)
    term = mine.terms()[-1]
    their_copy = theirs.terms()[-1]
    saved = mine.update_term(replace(term, theme="Ours"))
    assert saved.version == term.version + 1
    assert saved.changed_by
    with pytest.raises(ConflictError, match="was changed by .* since you opened it"):
        theirs.update_term(replace(their_copy, theme="Theirs"))
    assert theirs.terms()[-1].theme == "Ours"


def test_a_stale_template_save_is_refused(two_engines) -> None:
    mine, theirs = (ChecklistService(engine) for engine in two_engines)
    template = mine.templates()[0]
    their_copy = theirs.get_template(template.key)
    saved = mine.update_template(replace(template, items=template.items[1:]))
    assert saved.version == template.version + 1  # a change of its steps alone is a new version
    with pytest.raises(ConflictError, match=f"“{template.name}” was changed by"):
        theirs.update_template(replace(their_copy, description="Edited meanwhile"))
    assert len(theirs.get_template(template.key).items) == len(template.items) - 1


def test_a_team_calendar_of_another_schema_is_one_clear_line(pg_url: str, pg_login) -> None:
    engine = make_engine(pg_url)
    upgrade(engine, "0002")
    user, password = pg_login("late")
    with engine.begin() as connection:
        connection.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{user}"'))
    with pytest.raises(StorageError, match=r"has an older schema \(0002\) than this CICA Planner needs .*"
                                           r"ask its administrator to run: cica-planner team init URL"):
        team.open_team_calendar(login_url(pg_url, user, password))

    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    with pytest.raises(StorageError, match=r"saved by a newer CICA Planner \(schema 0999\)"):
        team.open_team_calendar(pg_url)
    engine.dispose()
