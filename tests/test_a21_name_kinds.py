"""Issue 14, helper a21 at stop 44: names of outlets, companies and venues are no people.

A capitalised name ending in an organisation head word ("... Technologies", "... Politics",
"... Media") is an organisation, and one ending in a venue or street word ("... Garden",
"... Avenue", "... Stadium") is a place, on both engines; a person whose surname is such a word
after a given name stays a person. Sentences are our own.
"""

from __future__ import annotations

import newsmodel
import pytest

from ._engines import ENGINES


def _kinds(text: str, engine: str) -> dict[str, str]:
    return {a.name: a.kind for a in newsmodel.extract(text, engine=engine).actors}


@pytest.mark.parametrize("engine", ENGINES)
def test_company_and_outlet_names_are_organisations(engine: str) -> None:
    kinds = _kinds("Quarrow Technologies declined to comment. Brisco Media signed the deal with the league.", engine)
    assert kinds.get("Quarrow Technologies") == "organization", kinds
    assert kinds.get("Brisco Media") == "organization", kinds


def test_outlet_named_by_its_beat_is_an_organisation() -> None:
    kinds = _kinds("The figures were first reported by Halden Politics on Monday.", "rules")
    assert kinds.get("Halden Politics") == "organization", kinds


@pytest.mark.parametrize("engine", ENGINES)
def test_venue_and_street_names_are_places(engine: str) -> None:
    kinds = _kinds("The rally filled Corbin Square Garden on Friday. Marchers later gathered on Pellow Avenue.", engine)
    assert kinds.get("Corbin Square Garden") == "location", kinds
    assert kinds.get("Pellow Avenue") == "location", kinds


@pytest.mark.parametrize("engine", ENGINES)
def test_given_name_before_a_venue_word_is_a_person(engine: str) -> None:
    kinds = _kinds("Ruth Street told reporters the shop would reopen.", engine)
    assert kinds.get("Ruth Street") == "person", kinds
