"""Event precision on real political news, rules-weighted (stop 41, e54; dev batch 101): "rally"
with an object, "take" as a light verb, a thing blamed "for" a trouble, "agreed <day> that", and
-- rules engine -- the doer of "by" + a gerund and a verb's object region across a coordinated verb
phrase, a who-aside's closing comma and a sentence-opening adverbial clause; each beside real
events of the same words.

Our own sentences, of the shapes found in a hand judgment of every rules event on PolNeAR train
(random.Random(485).sample(train, 40)[:12])."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, events, trigger_events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The mayor rallied the district councils behind her housing plan.",
        "The candidate spent two days rallying suburban voters in the east.",
        "The union rallied hundreds of members with a promise of higher pay.",
        "The finance ministry blamed the weak harvest for the rise in bread prices.",
        "Traders blame rising interest rates for the slump in home sales.",
        "The four columnists agreed on Thursday that the budget would not pass.",
    ],
)
def test_no_event_in_these_shapes(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Caring for the wounded and taking care of their families were his first tasks.",
        "The navy has taken a harder stance on fishing in the strait.",
        "It took the inspectors almost three days to reach the mine.",
        "The election board agreed Monday that the ballots were valid.",
    ],
)
def test_rules_no_event_in_these_shapes(text: str) -> None:
    assert types(text, "rules") == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Hundreds of nurses rallied outside the health ministry on Monday.", "PROTEST"),
        ("Dock workers rallied against the port sale in the old harbour.", "PROTEST"),
        ("Police took four student leaders into custody on Friday.", "COERCE"),
        ("Rebel fighters took control of the river port on Sunday.", "COERCE"),
        ("The premier blamed the opposition for the collapse of the talks.", "ACCUSE"),
        ("Warsaw blamed Minsk for the border incident.", "ACCUSE"),
        ("The two neighbours agreed on Monday to reopen their embassies.", "AGREE"),
    ],
)
def test_the_same_words_in_real_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


def test_rules_a_blamed_party_word_keeps_the_accusation() -> None:
    """"the media" is a party (a CAMEO agent noun): blaming it for something accuses it."""
    assert "ACCUSE" in types("The governor blamed the media for the panic over the water supply.", "rules")


def test_rules_a_militia_named_before_it_still_takes_control() -> None:
    """"It" that stands for a party named before, with no span of time, still seizes."""
    text = "The militia attacked the town on Monday. It took control of the airport the next day."
    assert "COERCE" in types(text, "rules")


def test_rules_the_doer_of_a_means_gerund_is_the_main_subject() -> None:
    got = trigger_events("The labour minister answered the auditors by accusing the central bank of negligence.", "rules")
    accusing = [e for e in got if e[0] == "accusing"]
    assert accusing and accusing[0][1] == "ACCUSE"
    assert any("minister" in a.lower() for a in accusing[0][2])
    assert not any("auditor" in a.lower() for a in accusing[0][2])


def test_rules_a_passive_before_by_is_left_to_the_by_phrase() -> None:
    """"was condemned by" + a noun is a passive's agent, not a means adjunct."""
    got = trigger_events("The envoy was condemned by the opposition leader on Sunday.", "rules")
    condemned = [e for e in got if e[0] == "condemned"]
    assert condemned and any("leader" in a.lower() for a in condemned[0][2])


def test_rules_the_object_ends_before_a_coordinated_verb_phrase() -> None:
    got = trigger_events("The premier opened the session by thanking the speaker, Lars Holm, and congratulating the Liberals who had lost.", "rules")
    thanking = [e for e in got if e[0] == "thanking"]
    assert thanking and "Liberals" not in " ".join(thanking[0][3])


def test_rules_the_object_ends_at_the_comma_closing_a_who_aside() -> None:
    got = trigger_events("Ortega, who said the militia had shelled the clinic in May, spoke to the Hartwell Radio Network on Friday.", "rules")
    shelled = [e for e in got if e[0] == "shelled"]
    assert shelled and not any("Hartwell" in x for x in shelled[0][3])


def test_rules_an_apposed_name_closing_the_sentence_stays_the_object() -> None:
    got = trigger_events("It is a mistake, said Lindahl, who does not support Brekke's rival, Ana Ruiz.", "rules")
    support = [e for e in got if e[0] == "support"]
    assert support and "Ana Ruiz" in support[0][3]


def test_rules_the_object_ends_at_the_comma_closing_an_opening_clause() -> None:
    got = events("Hours After One Governor Praised Delacroix, Party Bosses Made A SHOCKING Move.", "rules")
    support = [e for e in got if e[0] == "SUPPORT"]
    assert support and support[0][2] == ["Delacroix"]


@settings(max_examples=20, deadline=None)
@given(
    subject=st.sampled_from(["The senator", "The governor", "Mayor Olsen", "The party chairman"]),
    verb=st.sampled_from(["rallied", "is rallying", "hopes to rally", "spent May rallying"]),
    obj=st.sampled_from(["rural voters", "the party's donors", "thousands of students", "moderate Republicans", "them"]),
)
def test_rally_with_an_object_is_no_protest(subject: str, verb: str, obj: str) -> None:
    """Whoever rallies whom, "rally" with an object names no demonstration (rules engine)."""
    assert "PROTEST" not in types(f"{subject} {verb} {obj} behind the plan.", "rules")


@settings(max_examples=20, deadline=None)
@given(
    span=st.sampled_from(["six hours", "three days", "a good ten minutes", "two weeks", "nearly a year"]),
    who=st.sampled_from(["", "the rescue teams ", "the army "]),
)
def test_it_took_a_span_of_time_is_no_seizure(span: str, who: str) -> None:
    """"It took (someone) a span of time" seizes nothing (rules engine)."""
    assert "COERCE" not in types(f"The troops were slowed by the floods. It took {who}{span} to reach the dam.", "rules")


def test_rules_a_means_gerund_inside_a_participle_clause_keeps_the_main_subject() -> None:
    """", saying it had shown its resolve by condemning ...": the participle clause's reading (the
    main clause's subject), not the pronoun "it" inside it."""
    got = trigger_events("On Friday the ministry rejected the charge, saying it had shown its resolve by condemning the raids on the border town.", "rules")
    condemning = [e for e in got if e[0] == "condemning"]
    assert condemning and any("ministry" in a.lower() for a in condemning[0][2])


def test_rules_a_relative_that_on_the_object_is_no_content_clause() -> None:
    """"stressed her support for the operation that freed ...": with "support" read as a noun,
    the "that" after "operation" opens a relative clause; the statement's content is the object
    phrase."""
    import newsmodel

    art = newsmodel.extract("Ortiz, the former envoy, stressed her support for the 2019 operation that freed the hostages.", engine="rules")
    contents = [c.text for s in art.statements for c in s.content]
    assert contents and contents[0].startswith("her support")
