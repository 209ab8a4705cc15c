"""Fixtures of the translation tests: a language installed for one test, English restored after it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def russian(qapp) -> Iterator[None]:
    """The Russian translation and locale for one test; English is installed again afterwards."""
    from cica_planner.ui.language import install_language

    install_language("ru")
    yield
    install_language("en")


@pytest.fixture
def english(qapp) -> None:
    from cica_planner.ui.language import install_language

    install_language("en")
