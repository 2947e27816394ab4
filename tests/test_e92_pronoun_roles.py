"""Pronoun roles in events (issue 14, helper e92 at stop 48).

A subject "they" opening a clause of time after a with-phrase carries on the main clause's
plural subject (``extractors/plural_antecedents.py``); parties joined by "and" are one plural, so
both take the role and a singular "it" takes neither (``extractors/joined_parties.py``); the
subject of a verb that reports nothing is no reporter for a pronoun of its that-clause
(``roles.reports_content``); the rules engine resolves an object "them" after the verb; the
people rescued are not their captors.  Traps: the nearer plural where it is the object or a
group fired "on", a singular subject, a speech verb's subject.  All sentences are made up.
"""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, SPACY_ONLY, events


def _agents(text: str, engine: str, kind: str) -> list[list[str]]:
    return [a for t, a, _r in events(text, engine) if t == kind]


def _targets(text: str, engine: str, kind: str) -> list[list[str]]:
    return [r for t, _a, r in events(text, engine) if t == kind]


# (A) the main clause's subject, not the with-phrase
WITH_PHRASE = [
    ("The dock workers clashed with police outside the port as they tried to march on the ministry.", "workers"),
    ("Opposition supporters fought with soldiers in the capital when they tried to rally outside the palace.", "supporters"),
    ("The miners argued with the security guards at the gate before they staged a sit-in at the company offices.", "miners"),
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text,subject", WITH_PHRASE)
def test_they_after_with_phrase_is_the_subject(text: str, subject: str, engine: str) -> None:
    assert _agents(text, engine, "PROTEST") == [[subject]]


# traps: the nearer plural is right
NEARER = [
    ("Troops fired on the demonstrators as they marched toward the palace.", "demonstrators"),
    ("Police detained the students after they blocked the main road.", "students"),
    ("The union negotiated with the drivers until they agreed to end the strike.", "drivers"),
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text,nearer", NEARER)
def test_nearer_plural_kept(text: str, nearer: str, engine: str) -> None:
    kinds = {t for t, _a, _r in events(text, engine)}
    kind = "AGREE" if "AGREE" in kinds else "PROTEST"
    assert _agents(text, engine, kind) == [[nearer]]


# (B) a verb that reports nothing lends no reporter
@pytest.mark.parametrize("engine", ENGINES)
def test_ensured_is_no_reporter(engine: str) -> None:
    text = "The protesters marched on the palace. The government ensured that police arrested them."
    assert _targets(text, engine, "COERCE") == [["protesters"]]


@pytest.mark.parametrize("engine", ENGINES)
def test_possessor_of_a_non_reporting_subject(engine: str) -> None:
    text = "The rebels held the valley for a year. The army's advance meant that they withdrew their fighters in June."
    assert _agents(text, engine, "RETREAT") == [["rebels"]]


@pytest.mark.parametrize("engine", ENGINES)
def test_speech_verb_subject_still_reports(engine: str) -> None:
    assert _agents("The opposition parties announced that they would boycott the election.", engine, "THREATEN") == [["parties"]]


# (C) parties joined by "and"
JOINED = [
    ("Brazil and Chile signed a trade pact in May. They accused Peru of blocking the deal.", "ACCUSE", ["Brazil", "Chile"]),
    ("Kenya, Uganda and Tanzania met in Arusha on Friday. They agreed to build a shared railway.", "AGREE", ["Kenya", "Uganda", "Tanzania"]),
    ("Peru backed the plan, but Chile and Bolivia rejected it. They called for new talks.", "REQUEST", ["Chile", "Bolivia"]),
    ("Spain sent aid to Greece and Italy. They thanked Madrid for the help.", "SUPPORT", ["Greece", "Italy"]),
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text,kind,parties", JOINED)
def test_joined_parties_share_the_role(text: str, kind: str, parties: list[str], engine: str) -> None:
    assert _agents(text, engine, kind) == [parties]


@pytest.mark.parametrize("engine", ENGINES)
def test_it_is_never_one_of_a_pair(engine: str) -> None:
    text = "Argentina criticized Brazil and Chile over the tariffs. It then recalled its ambassador."
    assert _agents(text, engine, "SANCTION") == [["Argentina"]]


@pytest.mark.parametrize("engine", ENGINES)
def test_ministers_of_two_states(engine: str) -> None:
    text = "The foreign ministers of Chile and Bolivia met in La Paz on Monday. They agreed to reopen the border."
    assert _agents(text, engine, "AGREE") == [["foreign ministers"]]


@pytest.mark.parametrize("engine", ENGINES)
def test_people_a_pair_sent(engine: str) -> None:
    text = "Chile and Bolivia sent observers to the vote. They accused the government of fraud."
    assert _agents(text, engine, "ACCUSE") == [["observers"]]


# (D) an object "them" on both engines
@pytest.mark.parametrize("engine", ENGINES)
def test_object_them_resolved(engine: str) -> None:
    text = "The strikers gathered at the depot gate on Monday. The officers detained them."
    assert ("COERCE", ["officers"], ["strikers"]) in events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_quantity_of_people_is_the_antecedent(engine: str) -> None:
    text = "Hundreds of migrants reached the island by boat. The navy deported them."
    assert _targets(text, engine, "COERCE") == [["migrants"]]


# (E) the rescued are not the captors
@SPACY_ONLY
def test_rescued_are_the_held() -> None:
    text = "The abduction of 15 farmers by bandits on the main road prompted the president to order the army to rescue them."
    assert ("AID", ["army"], ["farmers"]) in events(text, "spacy")


@pytest.mark.parametrize("engine", ENGINES)
def test_captors_not_rescued(engine: str) -> None:
    text = "The kidnapping of nine engineers by militants near the pipeline led the governor to order troops to rescue them."
    assert not any("militants" in r for r in _targets(text, engine, "AID"))


# (F) the generic "they" of "as they say" stands for no one; "as they said" is someone
def _they_names(text: str, engine: str) -> list[str]:
    import newsmodel

    art = newsmodel.extract(text, engine=engine)
    return [a.name for a in art.actors for m in a.mentions if m.text.lower() == "they"]


@pytest.mark.parametrize("engine", ENGINES)
def test_as_they_say_is_generic(engine: str) -> None:
    assert _they_names("The unions won the vote. As they say, the rebels have the last word on the border.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_as_they_said_keeps_its_antecedent(engine: str) -> None:
    assert _they_names("The unions won the vote. As they said on Monday, the strike is over.", engine) == ["unions"]
