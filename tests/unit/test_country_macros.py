"""The German profile's country macros are generated from the table in tools/country_macros.py."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from tosreader.core.analysis import analyze
from tosreader.core.loaders import load_text

TOOL = Path(__file__).resolve().parents[2] / "tools" / "country_macros.py"

# Every EU and EEA state: each must have a row in the tool's table.
EU_EEA = ["Belgien", "Bulgarien", "Dänemark", "Deutschland", "Estland", "Finnland", "Frankreich", "Griechenland",
          "Irland", "Italien", "Kroatien", "Lettland", "Litauen", "Luxemburg", "Malta", "Niederlande", "Österreich",
          "Polen", "Portugal", "Rumänien", "Schweden", "Slowakei", "Slowenien", "Spanien", "Tschechien", "Ungarn",
          "Zypern", "Island", "Liechtenstein", "Norwegen"]


def _tool():
    spec = importlib.util.spec_from_file_location("country_macros", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_profile_matches_the_table() -> None:
    tool = _tool()
    text = tool.PROFILE.read_text(encoding="utf-8")
    assert tool.rewritten(text) == text, "run python tools/country_macros.py"
    for name, pattern in tool.macros().items():
        assert f"{name} = '''{pattern}'''" in text


@pytest.mark.parametrize(("sentence", "fair"), [
    ("Wohnen Sie in Österreich, gilt österreichisches Recht.", True),
    ("Wohnen Sie in der Schweiz, gilt schwedisches Recht.", False),
    ("Lebst du in Spanien, gilt ausschließlich irisches Recht.", False),
])
def test_the_readers_own_law_is_fair_and_another_is_not(sentence: str, fair: bool) -> None:
    found = {f.category for f in analyze(load_text(sentence), "de").findings if f.severity.is_risk}
    assert ("choice_of_law" not in found) is fair


def test_each_country_has_its_own_adjective() -> None:
    law = re.compile(_tool().macros()["home_law_clause"], re.IGNORECASE)
    assert law.search("Wohnen Sie in Dänemark, gilt dänisches Recht")
    assert not law.search("Wohnen Sie in Dänemark, gilt deutsches Recht")


def test_every_eu_and_eea_state_is_in_the_table() -> None:
    tool = _tool()
    assert len(EU_EEA) == 30
    for state in EU_EEA:
        assert any(re.fullmatch(row[0], state) for row in tool.COUNTRIES), state


@pytest.mark.parametrize("sentence", [
    "Wohnen Sie in Kroatien, gilt kroatisches Recht.",
    "Wohnen Sie in der Slowakei, gilt slowakisches Recht.",
    "Wohnen Sie in Zypern, gilt zyprisches Recht.",
    "Wohnen Sie in der Tschechischen Republik, gilt tschechisches Recht.",
])
def test_new_eu_states_keep_their_own_law(sentence: str) -> None:
    found = {f.category for f in analyze(load_text(sentence), "de").findings if f.severity.is_risk}
    assert "choice_of_law" not in found


def test_a_country_with_two_names_keeps_its_guard() -> None:
    law = re.compile(_tool().macros()["home_law_clause"], re.IGNORECASE)
    assert law.search("Wohnen Sie in Tschechien, gilt tschechisches Recht")
    assert not law.search("Wohnen Sie in Tschechien, gilt englisches Recht")
