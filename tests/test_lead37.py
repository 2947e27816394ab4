"""Stop 37 (lead): the parties of "talks between X and Y" end at a place phrase.

* "Negotiations among the rebels and the army near Khartoum stalled": Khartoum is where the
  talks are, not a party. The surface reading (rules engine) once cut the party list only at
  the prepositions a "who" clause uses ("to", "from", ...), because a module-level name was
  rebound; "near" and "across" now end it, as the parse reading always did.

Sentences are our own.
"""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "trigger", "place"),
    [
        ("Negotiations among the rebels and the army near Khartoum stalled on Friday.", "Negotiations", "Khartoum"),
        ("Talks between the unions and the employers across Belgium resumed on Monday.", "Talks", "Belgium"),
    ],
)
def test_a_place_after_the_parties_is_no_party(engine: str, sentence: str, trigger: str, place: str) -> None:
    article = newsmodel.extract(sentence, engine=engine)
    events = [e for e in article.events if e.trigger.text == trigger]
    assert [e.type for e in events] == ["CONSULT"]
    parties = {a.name for a in article.actors if a.id in events[0].agents}
    assert place not in parties
    assert len(parties) == 2


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Clashes between the army and rebels erupted in the north on Sunday.", "Clashes"),
        ("The clashes between the navy and the insurgents left nine dead.", "clashes"),
        ("Heavy fighting between the army and separatists was reported near the border.", "fighting"),
    ],
)
def test_violence_between_armed_sides_has_both_as_agents(engine: str, sentence: str, trigger: str) -> None:
    article = newsmodel.extract(sentence, engine=engine)
    events = [e for e in article.events if e.trigger.text == trigger]
    assert [e.type for e in events] == ["ASSAULT"]
    assert len(events[0].agents) == 2


@pytest.mark.parametrize("engine", ENGINES)
def test_a_battle_between_candidates_is_no_assault(engine: str) -> None:
    article = newsmodel.extract("The battle between the two candidates for mayor intensified this week.", engine=engine)
    assert [e for e in article.events if e.type == "ASSAULT"] == []


def test_a_gerund_before_between_is_a_noun_on_the_rules_tagger() -> None:
    doc = newsmodel.annotate("Fighting between the two militias resumed. They are mediating between the militias.", engine="rules")
    tags = {t.text: t.pos for t in doc.tokens}
    assert tags["Fighting"] == "NOUN"
    assert tags["mediating"] == "VERB"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_gerund_subject_takes_its_parties_from_between(engine: str) -> None:
    article = newsmodel.extract("Fighting between the army and separatists resumed in the hills.", engine=engine)
    events = [e for e in article.events if e.trigger.text == "Fighting"]
    assert [e.type for e in events] == ["ASSAULT"]
    assert {a.name for a in article.actors if a.id in events[0].agents} == {"army", "separatists"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "trigger", "side"),
    [
        ("Fighting between rival militias flared again in the port city.", "Fighting", "militias"),
        ("Skirmishes between border guards of the two kingdoms left two soldiers dead.", "Skirmishes", "border guards"),
    ],
)
def test_one_armed_plural_party_fights_itself(engine: str, sentence: str, trigger: str, side: str) -> None:
    article = newsmodel.extract(sentence, engine=engine)
    events = [e for e in article.events if e.trigger.text == trigger]
    assert [e.type for e in events] == ["ASSAULT"]
    assert [a.name for a in article.actors if a.id in events[0].agents] == [side]


@pytest.mark.parametrize("engine", ENGINES)
def test_clashes_of_police_and_an_unarmed_crowd_name_no_fighting_sides(engine: str) -> None:
    article = newsmodel.extract("Clashes between police and students broke out near the campus.", engine=engine)
    assert [e for e in article.events if e.trigger.text == "Clashes" and len(e.agents) > 1] == []


@pytest.mark.parametrize("engine", ENGINES)
def test_an_adjective_opening_a_sentence_is_no_person(engine: str) -> None:
    article = newsmodel.extract("Fierce fighting between the army and the rebels was reported in the hills.", engine=engine)
    assert "Fierce" not in {a.name for a in article.actors}


@pytest.mark.parametrize("engine", ENGINES)
def test_a_modal_verbs_object_noun_is_hypothetical(engine: str) -> None:
    article = newsmodel.extract("The navy may launch a fresh offensive against the pirates.", engine=engine)
    events = [e for e in article.events if e.trigger.text == "offensive"]
    assert [e.factuality for e in events] == ["hypothetical"]


@pytest.mark.parametrize("engine", ENGINES)
def test_came_after_a_clause_is_a_time_not_criticism(engine: str) -> None:
    article = newsmodel.extract("The mayor's appeal came after rival Tom Hale attacked the judge in late-night posts.", engine=engine)
    assert [e for e in article.events if e.trigger.text == "came"] == []
    article = newsmodel.extract("In recent weeks the senator has gone after the governor as a reckless spender.", engine=engine)
    assert [e.type for e in article.events if e.trigger.text == "gone"] == ["ACCUSE"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "Delegates from Norway joined discussions of fishery policy toward Iceland for a second year.",
        "Paris has resisted every discussion of pooling naval forces across the bloc.",
    ],
)
def test_talks_of_a_topic_name_no_party(engine: str, sentence: str) -> None:
    article = newsmodel.extract(sentence, engine=engine)
    for e in article.events:
        if e.trigger.text.startswith("discussion"):
            names = {a.name for a in article.actors if a.id in e.agents}
            assert "Iceland" not in names and "bloc" not in " ".join(names)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_meeting_of_leaders_names_them(engine: str) -> None:
    article = newsmodel.extract("Reporters heard about a meeting of the presidents of Chile, Peru and Bolivia.", engine=engine)
    events = [e for e in article.events if e.trigger.text == "meeting"]
    assert [e.type for e in events] == ["CONSULT"]
    assert {"Chile", "Peru", "Bolivia"} <= {a.name for a in article.actors if a.id in events[0].agents}


def test_spacy_lemmas_of_verbs_in_e_keep_their_e() -> None:
    pytest.importorskip("newsmodel_spacy")
    doc = newsmodel.annotate("Police said he had raped a woman. The senator rapped the agency. They hoped so. She hopped on.", engine="spacy")
    lemmas = {t.text: t.lemma for t in doc.tokens if t.pos == "VERB"}
    assert lemmas["raped"] == "rape"
    assert lemmas["rapped"] == "rap"
    assert lemmas["hoped"] == "hope"
    assert lemmas["hopped"] == "hop"


@pytest.mark.parametrize("engine", ENGINES)
def test_raped_is_an_assault_not_a_rebuke(engine: str) -> None:
    article = newsmodel.extract("Police said the man had raped a woman in the park.", engine=engine)
    assert [e.type for e in article.events if e.trigger.text == "raped"] == ["ASSAULT"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("The ferry line charged travellers more for cabins this summer.", False),
        ("Carrier Charges Flyers Extra for Seats", False),
        ("Prosecutors charged two aides with bribery on Friday.", True),
    ],
)
def test_charging_a_price_is_no_accusation(engine: str, sentence: str, event: bool) -> None:
    article = newsmodel.extract(sentence, engine=engine)
    assert bool([e for e in article.events if e.type == "ACCUSE"]) is event
