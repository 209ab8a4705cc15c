"""The translation sources match the code, every message is translated, and the shipped .qm files are compiled from them.

lupdate runs into a temporary copy of each .ts file and the messages (context, source,
comment, plural or not) are compared with the committed file, so a string added, changed or
removed in the code without ``python -m cica_planner.ui.translations`` fails here, naming it.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cica_planner.ui.translations import (
    LANGUAGES,
    TRANSLATIONS_DIR,
    area_sources,
    qm_path,
    run_lrelease,
    run_lupdate,
    ts_path,
)
from tests.ui.i18n.registry import pending

AREAS = [pytest.param(area, id=area, marks=pending(area)) for area in sorted(area_sources())]
Message = tuple[str, str, str, bool]  # context, source, comment, numerus


def messages(path: Path) -> dict[Message, ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "",
                   message.get("numerus") == "yes")
            found[key] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("area", AREAS)
def test_the_sources_are_up_to_date_with_the_code(area: str, language: str, tmp_path: Path) -> None:
    committed = ts_path(language, area)
    assert committed.exists(), f"{committed.name} is missing: run python -m cica_planner.ui.translations"
    fresh = tmp_path / language / f"{area}.ts"
    fresh.parent.mkdir()
    shutil.copy(committed, fresh)
    run_lupdate(area_sources()[area], fresh, language)
    added = sorted(set(messages(fresh)) - set(messages(committed)))
    removed = sorted(set(messages(committed)) - set(messages(fresh)))
    advice = f"{language}/{area}.ts is out of date: run python -m cica_planner.ui.translations"
    assert not added, f"{advice} and translate the strings new in the code: {added}"
    assert not removed, f"{advice}; gone from the code: {removed}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("area", AREAS)
def test_every_message_is_translated(area: str, language: str) -> None:
    forms_needed = 3 if language == "ru" else 2
    unfinished = []
    for key, message in messages(ts_path(language, area)).items():
        translation = message.find("translation")
        assert translation is not None
        texts = translations_of(message)
        unfinished_or_empty = translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            t.strip() for t in texts)
        if unfinished_or_empty or (key[3] and len(texts) != forms_needed):
            unfinished.append(key)
        elif any(text.count("{") != key[1].count("{") for text in texts if "{" in key[1]):
            unfinished.append(key)  # a placeholder lost or added: .format() would fail or drop a value
    assert not unfinished, f"{language}/{area}.ts has unfinished or broken translations: {unfinished}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_catalogue_is_compiled_from_the_sources(language: str, tmp_path: Path) -> None:
    shipped = qm_path(language)
    assert shipped.exists(), f"{shipped.name} is missing: run python -m cica_planner.ui.translations"
    fresh = tmp_path / shipped.name
    run_lrelease(sorted((TRANSLATIONS_DIR / language).glob("*.ts")), fresh)
    assert fresh.read_bytes() == shipped.read_bytes(), (
        f"{shipped.name} is older than or different from its .ts files: run python -m cica_planner.ui.translations")


def test_the_check_notices_a_string_missing_from_the_sources(tmp_path: Path) -> None:
    """The up-to-date check is not vacuous: a new tr() string shows up as new."""
    module = tmp_path / "sample.py"
    module.write_text('from PySide6.QtCore import QCoreApplication\n'
                      'QCoreApplication.translate("MainWindow", "A string nobody translated")\n', encoding="utf-8")
    target = tmp_path / "ru" / "window.ts"
    target.parent.mkdir()
    shutil.copy(ts_path("ru", "window"), target)
    run_lupdate([*area_sources()["window"], module], target, "ru")
    new = set(messages(target)) - set(messages(ts_path("ru", "window")))
    assert new == {("MainWindow", "A string nobody translated", "", False)}
