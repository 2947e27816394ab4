"""Event precision on real political news, both engines (stop 35, e34; dev batch 69): agreeing
with a person and nothing more is a view shared, "wound up" is wind's past, the act an accusation
names is no second event, a habit ("a history of blaming") reports no act, a party "destroyed" is
a figure of speech, relatives met are family life, and without a parse a participle of harm on a
noun makes that noun the victim -- beside the same words in real events.

Our own sentences, of the shapes found in a hand judgment of every event on PolNeAR train
(random.Random(270).sample(train, 40)[:8])."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The treasurer said she agreed with Mayor Lindqvist.",
        "Pressed on the pension bill, the senator said he agreed with his opponent.",
        "The chairman agreed with the board members, calling the offer too low.",
        "The candidate's memoir wound up selling poorly in its first year.",
        "The governor wound down her campaign office in June.",
        "The treasurer has a long history of faulting auditors for her losses.",
        "The councilman has a habit of threatening critics with libel suits.",
        "The speaker nearly wrecked the Conservative Party, a biographer argues.",
        "The senator said he could not wait to meet his first grandchild.",
    ],
)
def test_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Chile agreed with Bolivia on a joint water commission.", "AGREE"),
        ("The energy minister agreed with the World Bank to raise power tariffs.", "AGREE"),
        ("Insurgents wounded four police officers at the checkpoint.", "ASSAULT"),
        ("Senator Ruth Vance blamed the finance minister for her losses.", "ACCUSE"),
        ("Rioters destroyed the headquarters of the Labour Party.", "ASSAULT"),
        ("The foreign minister met the Kenyan president in Nairobi.", "CONSULT"),
    ],
)
def test_the_same_words_in_real_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Three nurses who have accused the surgeon of sexual assault gave interviews on Friday.",
        "The activist accused the army chief of torture.",
        "The watchdog accused the police commissioner of a brutal crackdown on miners.",
    ],
)
def test_an_accusation_is_one_event(engine: str, text: str) -> None:
    """The act named after "accused ... of" is the accusation's content: one ACCUSE, nothing more."""
    assert types(text, engine) <= {"ACCUSE"}


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("The cook was one of seven people killed in the raid on the market.", "people"),
    ],
)
def test_a_participle_of_harm_names_its_victim_without_a_parse(text: str, victim: str) -> None:
    """Rules engine: the noun a reduced passive describes is harmed, not harming. (An attributive
    "slain police chief X" is no event at all since stop 36: tests/test_e37.py.)"""
    assaults = [(agents, targets) for kind, agents, targets in events(text, "rules") if kind == "ASSAULT"]
    assert assaults
    for agents, targets in assaults:
        assert not any(victim.lower() in a.lower() for a in agents)
        assert any(victim.lower() in t.lower() for t in targets)


def test_an_active_verb_of_harm_keeps_its_subject_without_a_parse() -> None:
    assert ("ASSAULT", ["soldiers"], ["protesters"]) in [
        (k, [a.lower() for a in ag], [t.lower() for t in tg]) for k, ag, tg in events("Soldiers killed nine protesters in the square.", "rules")
    ]
    assert any(k == "ASSAULT" and [a.lower() for a in ag] == ["troops"] for k, ag, _ in events("Troops shot at a crowd of mourners in the square.", "rules"))


@settings(max_examples=20, deadline=None)
@given(
    speaker=st.sampled_from(["The senator", "Ms. Okoro", "The party chairman", "The mayor"]),
    party=st.sampled_from(["his rival", "the governor", "Senator Brandt", "the committee members", "her"]),
    frame=st.sampled_from(["{s} said she agreed with {p}.", "{s} agreed with {p}.", "\"I agree with {p},\" {s} said."]),
)
def test_agreeing_with_a_party_and_no_terms_is_no_agreement(speaker: str, party: str, frame: str) -> None:
    """Whoever agrees with whomever, with no terms, act or content, no AGREE (rules engine)."""
    assert "AGREE" not in types(frame.format(s=speaker, p=party), "rules")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The governor's spokesman protested that the audit had been leaked to the press.", "ACCUSE"),
        ("The union leader protested loudly that the new rules were unfair to nurses.", "ACCUSE"),
        ("Nurses protested outside the health ministry on Monday.", "PROTEST"),
    ],
)
def test_a_protest_in_words_is_a_complaint(engine: str, text: str, etype: str) -> None:
    """"protested that" + a clause is ACCUSE; people protesting somewhere stay PROTEST."""
    assert types(text, engine) == {etype}


@pytest.mark.parametrize("engine", ENGINES)
def test_a_plans_aim_with_a_split_infinitive_is_no_event(engine: str) -> None:
    """"his plan to temporarily close the border" is the plan talked about, as "his plan to close" is."""
    assert types("The senator defended his plan to temporarily close the border to migrants.", engine) == set()
