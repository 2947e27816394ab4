"""CAMEO 01x comments seen through the CAMEO-to-PLOVER translation (issue 14, helper e53 at stop 41,
dev batch 103).

PLOVER drops CAMEO 01 (public statements) and 02 (appeals); the project keeps appeals as REQUEST
(PLOVER's REQUEST: "all requests, demands, and orders") and codes no event for a comment:

* a feeling voiced ("expressed concern", "voiced fears") and the event noun that is only the
  comment's topic ("concern over the arrest of", "declined to comment on the seizure of",
  "claimed responsibility for the bombing that killed") -- ``events/comment_senses.py``;
* a policy option under consideration (CAMEO 014) -- ``events/considered_options.py``;
* a standing truce's fate ("the ceasefire could collapse") -- ``events/truce_fates.py``;

while a denied clause keeps its event with factuality ``denied`` on both engines, its agent the
reporter who owns the troops ("denied that its troops had fired on"), and the same words used for
a real event stay events.  Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from newsmodel.lexicons import word_class

from ._engines import ENGINES, SPACY_ONLY, events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The Dutch foreign ministry expressed deep concern over the detention of two aid workers.",
        "The bishop offered his condolences over the shooting of the three farmers.",
        "A police spokesman declined to comment on the raid on the newspaper's offices.",
        "An armed faction claimed responsibility for the ambush that killed six border guards.",
        "The interior ministry denied any involvement in the abduction of the journalist.",
        "The senator voiced fears that the clashes could reach the southern towns.",
        "Oslo is weighing a boycott of the games, two diplomats said.",
        "The cabinet will consider expelling the military attache next week.",
        "The alliance is weighing options including a naval blockade of the harbour.",
        "Observers said the truce between the two clans could collapse at any moment.",
        "The governor described his trip to Lagos as a turning point.",
    ],
)
def test_a_comment_and_its_topic_are_no_event(text: str, engine: str) -> None:
    assert events(text, engine) == [], events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police detained two aid workers at the border crossing.", "COERCE"),
        ("Gunmen ambushed a patrol of border guards on Sunday, killing six.", "ASSAULT"),
        ("Oslo boycotted the games over the treatment of dissidents.", "PROTEST"),
        ("Romania expelled the military attache on Tuesday.", "SANCTION"),
        ("Troops opened fire on the marchers outside the town hall.", "ASSAULT"),
        ("The Dutch foreign ministry condemned the detention of two aid workers.", "ACCUSE"),
    ],
)
def test_the_same_words_for_a_real_event_stay(text: str, kind: str, engine: str) -> None:
    assert kind in types(text, engine), events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_denied_clause_keeps_its_event_denied_on_both_engines(engine: str) -> None:
    import newsmodel

    art = newsmodel.extract("The navy denied that its sailors had fired on the fishing boats.", engine=engine)
    assert [(e.type, e.factuality) for e in art.events] == [("ASSAULT", "denied")]
    assert [art.actor(a).name.lower() for a in art.events[0].agents] == ["navy"]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_reporter_owns_its_troops_in_a_reported_clause(engine: str) -> None:
    found = events("The alliance said its warplanes had struck a fuel depot.", engine)
    assert [(t, [a.lower() for a in ags]) for t, ags, _x in found] == [("ASSAULT", ["alliance"])], found


@pytest.mark.parametrize("engine", ENGINES)
def test_an_appeal_stays_a_request(engine: str) -> None:
    assert types("The Red Cross urged the two armies to let the wounded leave the city.", engine) == {"REQUEST"}


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(sorted(word_class("sense_words.tsv", "comment-feeling-noun"))))
def test_any_feeling_voiced_over_an_arrest_is_no_event(feeling: str) -> None:
    """Every feeling of the lexicon, voiced over an arrest, makes no event (rules engine)."""
    assert events(f"The ministry expressed {feeling} over the arrest of the two reporters.", "rules") == []


@SPACY_ONLY
def test_a_headline_verb_split_at_its_hyphen_is_the_verb() -> None:
    """spaCy splits "Test-Fires" at its hyphen and reads all three words as nouns; the headline
    repair makes the hyphenated trigger's verb the clause's verb, its subject the agent."""
    found = events("Pakistan Test-Fires Long-Range Cruise Missile", "spacy")
    assert [(t, [a.lower() for a in ags]) for t, ags, _x in found] == [("MOBILIZE", ["pakistan"])], found


@SPACY_ONLY
def test_a_hyphenated_noun_in_a_headline_is_no_verb() -> None:
    """Only a hyphenated verb the trigger lexicon lists is rebuilt: "Cease-Fire" stays a noun."""
    assert "ASSAULT" not in types("Clans Cease-Fire Talks Stall Again", "spacy")


def test_rules_a_long_passive_subject_with_a_participle_keeps_its_event() -> None:
    """A reduced relative in -ing inside a passive's subject ("belonging to ...") and "worth" do
    not hide the subject from the rules engine: the verb + object trigger is found."""
    assert "SANCTION" in types("Assets worth $40 million belonging to the ousted minister and his brother were frozen by Austrian prosecutors.", "rules")
