"""The status report in Russian and English: ``report --lang`` on the command line and the window's language."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from cica_planner.cli.checklist_commands import system_language
from cica_planner.services.reports import CSV_COLUMNS

if TYPE_CHECKING:
    from tests.conftest import CliRunner

RUSSIAN_COLUMNS = ("Тема", "Дата начала", "Срок", "Состояние", "Важность", "% завершения", "Владелец", "Категории",
                   "Заметки", "Событие", "Дата события")


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_cli_report_in_russian(run_cli: CliRunner, seeded_db: Path, tmp_path: Path, planned_mc: str, qapp: object) -> None:
    from cica_planner.i18n.language import current_language, install_language

    install_language("en")
    csv_path, pdf_path = tmp_path / "r.csv", tmp_path / "r.pdf"
    args = ("--from", "2024-11-01", "--to", "2024-11-30", "--today", "2024-10-20", "--lang", "ru")
    result = run_cli("--db", str(seeded_db), "report", str(csv_path), *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("wrote ")  # command-line messages stay English
    rows = _csv(csv_path)
    assert tuple(rows[0]) == RUSSIAN_COLUMNS
    body = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in rows[1:]]
    assert {row["Status"] for row in body} <= {"Не начата", "Выполняется", "Завершена", "Ожидает другого"}
    assert any(row["Categories"] == "СВМДА; Совет министров иностранных дел" for row in body)
    assert any(row["Notes"].startswith("Срок T−") for row in body)
    result = run_cli("--db", str(seeded_db), "report", str(pdf_path), *args)
    assert result.returncode == 0, result.stderr
    text = pdf_text(pdf_path)
    assert "CICA Planner — ход подготовки" in text
    assert "Сформирован 20 окт. 2024" in text
    assert "События с 1 нояб. 2024 по 30 нояб. 2024" in text
    assert "Страница 1 из" in text
    assert "7th CICA Ministerial Council" in text  # titles are data
    assert current_language() == "en"  # the report's language was for the report only


def test_cli_report_in_english_by_default(run_cli: CliRunner, seeded_db: Path, tmp_path: Path, planned_mc: str,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    csv_path = tmp_path / "e.csv"
    result = run_cli("--db", str(seeded_db), "report", str(csv_path), "--today", "2024-10-20")
    assert result.returncode == 0, result.stderr
    assert tuple(_csv(csv_path)[0]) == CSV_COLUMNS


def test_the_report_language_follows_the_locale_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert system_language() == "en"
    monkeypatch.setenv("LANG", "ru_KZ.UTF-8")
    assert system_language() == "ru"
    monkeypatch.setenv("LC_ALL", "C")  # the first variable set decides, as for gettext
    assert system_language() == "en"


def test_the_window_writes_the_report_in_its_language(qtbot, seeded_engine, planned_mc: str, tmp_path: Path) -> None:
    from cica_planner.i18n.language import install_language
    from cica_planner.services.planner import PlannerService
    from cica_planner.ui.dialogs.report_dialog import ReportRequest
    from cica_planner.ui.main_window import MainWindow
    from cica_planner.ui.settings import AppSettings
    from cica_planner.ui.window_assembly import feature_services

    install_language("en")
    window = MainWindow(PlannerService(seeded_engine), AppSettings.from_path(tmp_path / "settings.ini"),
                        today=date(2024, 10, 20), **feature_services(seeded_engine))
    qtbot.addWidget(window)
    try:
        window.apply_language("ru")
        request = ReportRequest(".pdf", date(2024, 11, 1), date(2024, 11, 30))
        target = window.write_report(tmp_path / "w.pdf", request, open_after=False)
        assert target is not None
        assert "Сформирован 20 окт. 2024" in pdf_text(target)
        assert window.statusBar().currentMessage().startswith("Записан файл w.pdf (")
    finally:
        install_language("en")
