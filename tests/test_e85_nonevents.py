"""Stop 47, helper e85 (issue 14, dev batch 148): event words that report no event in six shapes
found on real political news, each beside an event of the same words.

Checks: :mod:`newsmodel.extractors.events.embedded_questions`, :mod:`.hosted_gatherings`,
:mod:`.signed_instruments`, :mod:`.high_ground` and :mod:`.predicate_participles`.  The sentences
are the project's own.
"""

from __future__ import annotations

import pytest

from ._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "The senator declined to say which trade deals she would support.",
    "The envoy would not disclose which ministers he would meet in Seoul.",
    "Aides would not explain why the mayor would criticize his own council.",
])
def test_act_in_an_embedded_question_with_a_modal_is_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_embedded_question_keeps_acts_that_happened(engine: str) -> None:
    assert "ACCUSE" in types("The mayor explained why he had criticized the council.", engine)
    assert "SUPPORT" in types("The governor endorsed the senator but would not say whom else she would back.", engine)


@pytest.mark.parametrize("engine", ["rules"])
@pytest.mark.parametrize("text", [
    "The luncheon the governor hosted on Sunday raised money for the library.",
    "All the dinners the ambassador hosted drew large crowds.",
    "The mayor spoke at a roundtable with two bankers hosted by the city's business council.",
])
def test_gathering_named_before_hosted_is_no_visit(engine: str, text: str) -> None:
    # spaCy already reads these as no event; the rules engine coded CONSULT before stop 47
    assert "CONSULT" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_leader_hosted_stays_a_visit(engine: str) -> None:
    assert "CONSULT" in types("The Japanese prime minister, whom the president hosted on Monday, flew home on Tuesday.", engine)
    assert "CONSULT" in types("The president hosted the Japanese prime minister at the White House.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "In 2004 Mr. Vance signed Ortega to a lucrative contract.",
    "The mayor, who signed strict zoning laws in 2015, spoke first.",
    "The president signed an executive order on Wednesday.",
])
def test_signed_law_or_contract_is_no_pact(engine: str, text: str) -> None:
    assert "SUPPORT" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_treaties_signed_with_parties_stay(engine: str) -> None:
    assert "SUPPORT" in types("The king signed the maritime treaty with Bahrain on Monday.", engine)
    assert "SUPPORT" in types("Ghana and Togo signed a contract to build a shared port.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_moral_high_ground_is_no_seizure(engine: str) -> None:
    assert types("On trade, the senator means to seize the high ground.", engine) == set()
    assert types("Both parties want to seize the moral high ground on pensions.", engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_high_ground_taken_by_force_stays(engine: str) -> None:
    assert "COERCE" in types("Insurgents seized the high ground above the valley on Friday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_predicate_ing_adjective_is_no_act(engine: str) -> None:
    assert types("The senator's workload is demanding, and few aides stay long.", engine) == set()
    assert types("The council's letter was threatening, the paper said.", engine) == set()
    assert types("Officials dropped the tour: it is demanding and labor-intensive for the staff.", engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_progressive_demands_and_threats_stay(engine: str) -> None:
    assert "REQUEST" in types("The teachers are demanding a pay rise.", engine)
    assert "THREATEN" in types("The rebels were threatening to attack the port.", engine)
