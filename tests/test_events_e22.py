"""Event recall on real news (stop 31, helper e22, dev batch 53): shapes PolNeAR train reports
events in and the coder missed -- congratulations offered or extended, acts received from
someone ("received an apology from", "had endorsements from"), conversations had with someone,
forces engaged in clashes -- each beside a same-word use that names no event. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, SPACY_ONLY
from ._engines import has_event as _has
from ._engines import trigger_events_lower as _events




@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The governor offered his congratulations to the new mayor on Tuesday night.", "governor", "mayor"),
        ("The prime minister extended congratulations to the opposition leader on her victory.", "minister", "leader"),
    ],
)
@SPACY_ONLY
def test_congratulations_offered_are_support(text: str, agent: str, target: str) -> None:
    assert _has(text, "spacy", "SUPPORT", agent, target), _events(text, "spacy")


@SPACY_ONLY
def test_offer_of_goods_stays_no_support() -> None:
    text = "The bakery offered free coffee to its customers on Saturday."
    assert not _events(text, "spacy")


@pytest.mark.parametrize(
    ("text", "kind", "agent", "target"),
    [
        ("The foreign ministry received a formal apology from the Danish embassy on Monday.", "CONCEDE", "embassy", "ministry"),
        ("The senator had endorsements from the president and two former governors.", "SUPPORT", "president", "senator"),
    ],
)
@SPACY_ONLY
def test_act_received_from_someone(text: str, kind: str, agent: str, target: str) -> None:
    assert _has(text, "spacy", kind, agent, target), _events(text, "spacy")


@pytest.mark.parametrize(
    "text",
    [
        "Apple pulled the app from its store after complaints from users.",
        "The two leaders moved their meeting to Geneva after a request from the Swiss hosts, diplomats said on Tuesday.",
        "The film ends with an apology that never comes.",
    ],
)
@SPACY_ONLY
def test_from_phrase_without_receiving_verb_names_no_agent(text: str) -> None:
    kinds = {k for _, k, _, _ in _events(text, "spacy")}
    assert not kinds & {"ACCUSE", "REQUEST", "CONCEDE"}, _events(text, "spacy")


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The network's chairman had three brief conversations with the senator on Thursday.", "chairman", "senator"),
        ("The Kenyan president had a long telephone conversation with his Tanzanian counterpart on Friday.", "president", "tanzania"),
    ],
)
@SPACY_ONLY
def test_conversation_with_a_party_is_consultation(text: str, agent: str, target: str) -> None:
    assert _has(text, "spacy", "CONSULT", agent, target), _events(text, "spacy")


@pytest.mark.parametrize(
    "text",
    [
        "The documentary is a long conversation about grief and memory.",
        "The two novelists had a conversation about their craft on stage at the festival.",
        "The chairman had a brief conversation with reporters on his way out of the building.",
    ],
)
@SPACY_ONLY
def test_conversation_without_a_party_is_none(text: str) -> None:
    assert not _events(text, "spacy")


@SPACY_ONLY
def test_engaged_in_clashes_is_assault() -> None:
    text = "Army units were engaged in fierce clashes with a rebel militia near the border."
    assert _has(text, "spacy", "ASSAULT", "units", "militia"), _events(text, "spacy")


@SPACY_ONLY
def test_engaged_in_debate_is_none() -> None:
    assert not _events("The researchers were engaged in a lively debate about the data.", "spacy")


@pytest.mark.parametrize("engine", ENGINES)
def test_asked_to_quoted_verb_is_request(engine: str) -> None:
    text = 'The American Legion has asked the senator\'s campaign to "cease and desist" from using its emblem in leaflets.'
    assert _has(text, engine, "REQUEST", "legion", "senator"), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind", "agent"),
    [
        ('"We will not stand for this," Senator Ruth Adler said. "I condemn his remarks in the strongest terms."', "ACCUSE", "adler"),
        ('"We strongly urge the rebels to lay down their arms," the army said in a statement.', "REQUEST", "army"),
    ],
)
def test_quoted_first_person_is_the_speaker(text: str, kind: str, agent: str, engine: str) -> None:
    assert _has(text, engine, kind, agent), _events(text, engine)


def test_first_person_outside_a_quote_names_no_actor() -> None:
    text = "I condemn his remarks in the strongest terms."
    assert not _events(text, "rules")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The people who stood up and said, \'I still endorse him\' -- that is shameful," the senator told reporters.', "senator"),
        ('"I oppose abortion, but I think the clinic does a lot of good," said Kim Wells, a schoolteacher.', "wells"),
        ('"And I promise you, our strength does not depend on one man," the president said.', "president"),
    ],
)
def test_quoted_first_person_that_is_no_act_of_the_speaker(text: str, speaker: str, engine: str) -> None:
    assert not any(any(speaker in a for a in ags) for _, _, ags, _ in _events(text, engine)), _events(text, engine)


@SPACY_ONLY
def test_conversation_as_interview_frame_is_none() -> None:
    text = "In a conversation with the radio host about his new film, the actor discussed history."
    assert not _events(text, "spacy")


@pytest.mark.parametrize(
    ("text", "kind", "agent", "target"),
    [
        ("The foreign ministry received a formal apology from the Danish embassy on Monday.", "CONCEDE", "embassy", "ministry"),
        ("The senator had endorsements from the president and two former governors.", "SUPPORT", "president", "senator"),
        ("Army units were engaged in fierce clashes with a rebel militia near the border.", "ASSAULT", "units", ""),
    ],
)
def test_received_and_engaged_without_a_parse(text: str, kind: str, agent: str, target: str) -> None:
    assert _has(text, "rules", kind, agent, target), _events(text, "rules")


def test_from_phrase_without_receiving_verb_names_no_agent_without_a_parse() -> None:
    text = "Apple pulled the app from its store after complaints from users."
    assert not {k for _, k, _, _ in _events(text, "rules")} & {"ACCUSE"}, _events(text, "rules")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "backed"),
    [
        ("Voters in the county have backed the incumbent in every election since 1990.", False),
        ("Voters across Ohio backed the senator by a wide margin.", False),
        ("Villagers in the county backed the army's offensive.", True),
    ],
)
def test_electorate_with_a_place_phrase_prefers(text: str, backed: bool, engine: str) -> None:
    assert any(k == "SUPPORT" for _, k, _, _ in _events(text, engine)) is backed, _events(text, engine)


def test_quantified_subject_with_nested_of_phrase_without_a_parse() -> None:
    text = "Nearly all of the mayors of the country's largest cities have publicly endorsed the senator."
    assert _has(text, "rules", "SUPPORT", "mayors", "senator"), _events(text, "rules")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"I built a tremendous company," the developer Ray Holt said.', "holt"),
        ('"I supported it from the start," said Tom Berg, a retired teacher.', "berg"),
        ('"We supported the rebels against the junta for years," Tom Berg, a retired teacher, said.', "berg"),
    ],
)
def test_quoted_first_person_deeds_opinions_and_a_persons_we(text: str, speaker: str, engine: str) -> None:
    assert not any(any(speaker in a for a in ags) for _, _, ags, _ in _events(text, engine)), _events(text, engine)
