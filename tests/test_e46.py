"""No events on non-event sentences, and the lead's leftovers (issue 14, helper e46 at stop 39, dev batch 89):

* a role verb in the past inside a who-clause is a post once held, biography, no event
  (``events/past_roles.py``); a who-clause that reports a new act stays coded;
* the gerund content of an accusation ("accused X of arming Y", "charged X with taking",
  "blamed X for stirring up") is not asserted: one ACCUSE (``events/alleged_acts.py``);
* a clause joined by ", and" to an opening condition, and a case after "suppose" / "imagine",
  is no event (``events/generic_senses.py``);
* an event noun that "resumed" is one event, on the noun (``events/resumed_events.py``);
* police or troops charging a crowd is ASSAULT crowd-control; prosecutors charging is ACCUSE
  (``events/crowd_charges.py``);
* a release vowed is CONCEDE, with a day between the vow and its infinitive too.

Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from ._engines import ENGINES, events


def _types(text: str, engine: str) -> list[str]:
    return [t for t, _a, _x in events(text, engine)]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Halvorsen, who led the army during the mountain war, died at home on Friday aged 88.",
        "The retired admiral, who commanded the fleet in the 1990s, was buried on Monday.",
        "Brenner, who had once headed the interior ministry, is survived by two daughters.",
    ],
)
def test_a_past_post_in_a_who_clause_is_biography(text: str, engine: str) -> None:
    assert _types(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_new_act_in_a_who_clause_is_still_an_event(engine: str) -> None:
    found = events("The gunmen, who stormed a police post on Tuesday, escaped into the forest, officials said.", engine)
    assert any(t == "ASSAULT" and any("gunmen" in a.lower() for a in agents) for t, agents, _x in found), found


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, content_party",
    [
        ("The interior minister accused the opposition of arming street gangs.", "gangs"),
        ("Velmora accused Ostland of shelling its frontier posts overnight.", ""),
        ("The mayor blamed the rebels for stirring up the unrest in the port.", ""),
        ("Prosecutors charged the two customs officers with taking bribes from smugglers.", "smugglers"),
    ],
)
def test_an_accused_act_is_no_second_event(text: str, content_party: str, engine: str) -> None:
    found = events(text, engine)
    assert [t for t, _a, _x in found] == ["ACCUSE"], found
    # a party named only inside the accused act is not the one accused
    assert not content_party or not any(content_party in x.lower() for x in found[0][2]), found


@pytest.mark.parametrize("engine", ENGINES)
def test_the_accused_party_is_the_target(engine: str) -> None:
    found = events("Velmora accused Ostland of shelling its frontier posts overnight.", engine)
    assert found and any("Ostland" in x for x in found[0][2]), found


@pytest.mark.parametrize("engine", ENGINES)
def test_the_same_act_told_as_done_stays(engine: str) -> None:
    assert "ASSAULT" in _types("Ostland shelled the frontier posts of Velmora overnight.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        '"If you had a council that was bribing judges, and it was jailing reporters, you would act," the senator said.',
        '"Suppose a neighbour were shelling your villages every week," the envoy said.',
        '"Imagine a regime that is starving its own people," the delegate told the assembly.',
    ],
)
def test_a_supposed_act_is_no_event(text: str, engine: str) -> None:
    assert _types(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_an_act_after_a_closing_condition_stays(engine: str) -> None:
    # "if" closes the first clause; the act after ", and" is reported
    assert "ASSAULT" in _types("Velmora said it would respond if provoked, and troops shelled the town on Monday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_talks_that_resumed_are_one_consult(engine: str) -> None:
    assert _types("Talks between Velmora and Ostland resumed in Geneva on Tuesday.", engine) == ["CONSULT"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, kind",
    [
        ("Riot police charged the protesters outside the parliament on Saturday.", "ASSAULT"),
        ("Troops charged the crowd with batons near the station.", "ASSAULT"),
        ("Riot Police Charge Protesters Near Parliament", "ASSAULT"),
        ("Police charged 15 protesters with rioting on Monday.", "ACCUSE"),
        ("Prosecutors charged the former harbour master on Friday.", "ACCUSE"),
    ],
)
def test_a_police_charge_on_a_crowd_is_an_assault(text: str, kind: str, engine: str) -> None:
    assert _types(text, engine) == [kind]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    ["Insurgents vowed on Tuesday to free the captured engineers.", "The insurgents vowed on Friday to release the kidnapped engineers."],
)
def test_a_vowed_release_is_a_concession(text: str, engine: str) -> None:
    assert _types(text, engine) == ["CONCEDE"]


_ROLE_VERBS = ["commanded", "headed", "led", "ran", "governed"]
_BODIES = ["the navy", "the province", "the ministry", "the army", "the party"]
_NAMES = ["Halvorsen", "Brenner", "Okafor", "Lindqvist"]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(_NAMES), st.sampled_from(_ROLE_VERBS), st.sampled_from(_BODIES), st.sampled_from(["died", "was buried", "retired"]))
def test_biography_clauses_never_give_an_event(name: str, verb: str, body: str, end: str) -> None:
    text = f"{name}, who {verb} {body} during the long war, {end} on Sunday."
    assert _types(text, "rules") == [], text
