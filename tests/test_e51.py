"""Event precision on real political news, spaCy first (stop 41, e51; dev batch 100): a gerund
after a phrase of fame or career, talking or speaking about a topic with no partner, an offer
whose object is the antecedent of its relative clause, and support for candidates of every side;
each beside real events of the same words.

Our own sentences, of the shapes found in a hand judgment of every event on PolNeAR train
(random.Random(480).sample(train, 40)[:8])."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The prosecutor made a name for herself suing timber firms in the north.", "ACCUSE"),
        ("He won renown defending striking dockers in the courts.", "SUPPORT"),
        ("The colonel spent his career fighting rebels in the hills.", "FIGHT"),
        ("At the funeral, her nephews spoke fondly of her years at the ministry.", "CONSULT"),
        ("The mayor talked about his first job in a shipyard.", "CONSULT"),
        ("It was a gloomy picture of the harvest that the minister offered on Friday.", "AGREE"),
        ("The chamber of trade backs candidates from all parties.", "SUPPORT"),
        ("The farmers' union endorses candidates across the aisle.", "SUPPORT"),
    ],
)
def test_no_event_in_these_shapes(engine: str, text: str, etype: str) -> None:
    assert etype not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The prosecutor sued three timber firms on Monday.", "ACCUSE"),
        ("The envoy made headlines by criticizing the junta on Sunday.", "ACCUSE"),
        ("The mayor talked with the striking drivers about their pay.", "CONSULT"),
        ("The president spoke with the Kenyan leader about the drought.", "CONSULT"),
        ("The government offered the rebels a ceasefire.", "AGREE"),
        ("The chamber of trade endorsed the mayor on Tuesday.", "SUPPORT"),
    ],
)
def test_the_same_words_in_real_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@settings(max_examples=20, deadline=None)
@given(
    phrase=st.sampled_from(["made his name", "built a career", "earned a reputation", "gained fame", "made a fortune"]),
    act=st.sampled_from(["suing oil companies", "prosecuting smugglers", "attacking the cabinet", "criticizing the army"]),
)
def test_a_career_told_with_a_gerund_is_no_act(phrase: str, act: str) -> None:
    """Whatever the phrase of renown and the act, the gerund after it tells a biography (rules)."""
    assert types(f"The judge {phrase} {act}.", "rules") == set()


@settings(max_examples=20, deadline=None)
@given(
    speakers=st.sampled_from(["His sisters", "Her old comrades", "The widow and her sons", "Colleagues"]),
    manner=st.sampled_from(["warmly", "glowingly", "movingly", "fondly"]),
)
def test_speech_in_a_manner_of_praise_is_no_talks(speakers: str, manner: str) -> None:
    """Speakers who talk about someone with praise or feeling consult nobody (rules)."""
    assert "CONSULT" not in types(f"{speakers} spoke {manner} about his courage.", "rules")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The council ignored fresh calls for the police commissioner to resign.", "RETREAT"),
        ("Students signed a petition for the dean to step down.", "RETREAT"),
        ("The new rules helped lift thousands of fishermen out of debt.", "CONCEDE"),
        ("The reform is meeting fierce resistance from the farmers.", "CONSULT"),
    ],
)
def test_second_round_no_event_in_these_shapes(engine: str, text: str, etype: str) -> None:
    assert etype not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The police commissioner resigned on Friday.", "RETREAT"),
        ("The junta lifted the ban on rallies on Sunday.", "CONCEDE"),
        ("The president met the farmers' leaders on Monday.", "CONSULT"),
    ],
)
def test_second_round_same_words_in_real_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@settings(max_examples=20, deadline=None)
@given(
    noun=st.sampled_from(["calls", "a petition", "a fresh demand", "growing pressure", "a plea"]),
    party=st.sampled_from(["the mayor", "the chief of police", "the whole cabinet"]),
    act=st.sampled_from(["resign", "step down", "quit"]),
)
def test_the_content_of_a_request_noun_is_no_act(noun: str, party: str, act: str) -> None:
    """Whatever the request noun, the party and the act, "<noun> for <party> to <act>" reports no
    retreat by the party (rules)."""
    assert "RETREAT" not in types(f"The paper reported {noun} for {party} to {act}.", "rules")


@pytest.mark.parametrize("engine", ENGINES)
def test_an_act_after_a_noun_of_intent_is_not_done(engine: str) -> None:
    assert "COERCE" not in types("The premier repeated his vow to swiftly ban the opposition paper.", engine)
    assert "COERCE" in types("The premier banned the opposition paper on Monday.", engine)


def test_plans_as_a_verb_after_a_name_keeps_its_infinitive() -> None:
    """"Ortiz also plans to meet": the rules tagger may call "plans" a noun, but after a name and an
    adverb it is the verb, and the meeting planned stays (a future meeting is AGREE)."""
    assert "AGREE" in types("Ortiz also plans to meet with the governor on Friday.", "rules")
