"""Lead's rules at stop 45 (issue 14), through the public API, with sentences written for this file."""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, SPACY_ONLY, trigger_events_lower


def _events(text: str, engine: str) -> list[tuple[str, str, list[str], list[str]]]:
    """Each event as (type, trigger text, agent names, target names), names in lower case."""
    return [(kind, trig, ags, tgs) for trig, kind, ags, tgs in trigger_events_lower(text, engine)]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "verb", "victims"),
    [
        ("Howitzer fire killed six villagers on the edge of the valley.", "killed", "villagers"),
        ("Sniper fire wounded two medics outside the clinic.", "wounded", "medics"),
        ("Mortar fire injured four guards at the checkpoint.", "injured", "guards"),
        ("Machine-gun fire from a speeding van killed three security guards.", "killed", "guards"),
        ("Rocket fire from over the frontier wounded two shepherds.", "wounded", "shepherds"),
    ],
)
def test_the_fire_of_weapons_killing_people_is_an_attack(engine: str, text: str, verb: str, victims: str) -> None:
    got = [e for e in _events(text, engine) if e[1] == verb]
    assert [e[0] for e in got] == ["ASSAULT"], _events(text, engine)
    assert any(victims in t for t in got[0][3]), got


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "A kitchen fire killed two tenants in the block.",
        "A bush fire injured three volunteers near the ranch.",
        "Fire from an overturned candle killed a family of four.",
    ],
)
def test_a_fire_that_is_a_hazard_stays_no_event(engine: str, text: str) -> None:
    assert _events(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_partys_fire_names_the_attacker(engine: str) -> None:
    got = _events("Army fire killed two herders near the border.", engine)
    assert [(e[0], e[2]) for e in got] == [("ASSAULT", ["army"])], got


@pytest.mark.parametrize("engine", ENGINES)
def test_a_wounding_with_a_place_phrase_is_still_an_attack(engine: str) -> None:
    # the CAMEO dictionary's "HURT * (IN &WEATHER) [---]" names a synonym set it never defines; read
    # as "wounded ... in <anything>" it once made every such wounding no event on the rules engine
    got = _events("Gunmen wounded a shopkeeper in the market district.", engine)
    assert [(e[0], e[2]) for e in got] == [("ASSAULT", ["gunmen"])], got


@SPACY_ONLY
def test_lambasted_is_criticism_on_spacy() -> None:
    # spaCy's lemmatizer gives "lambast"; the lexicon's verb is "lambaste"
    got = _events("The mayor lambasted the utility over the blackouts.", "spacy")
    assert [(e[0], e[2]) for e in got] == [("ACCUSE", ["mayor"])], got


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("Hundreds rallied in front of the Turkish consulate to demand the release of the journalists.", "demand", "turk"),
        ("Dozens gathered near the Dutch embassy in Accra to denounce the new visa rules.", "denounce", "dutch"),
    ],
)
def test_a_purpose_infinitive_after_a_place_is_not_done_by_the_place(engine: str, text: str, verb: str, place: str) -> None:
    # the clause's subject ("Hundreds") is no actor: the infinitive has no known doer, and the place
    # phrase's party never becomes it
    for _type, trigger, agents, _targets in _events(text, engine):
        if trigger == verb:
            assert not any(place in a or "netherlands" in a or "turkey" in a for a in agents), (trigger, agents)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Tensions rose between Chile and Bolivia after the ruling.",
        "Gulf tensions rose again on Thursday.",
        "Distrust between the two capitals deepened over the spy affair.",
    ],
)
def test_a_mood_between_parties_changing_is_no_event(engine: str, text: str) -> None:
    assert _events(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_an_act_done_amid_tensions_keeps_its_doer(engine: str) -> None:
    got = _events("Mounting tensions led Norway to expel two diplomats.", engine)
    assert ("SANCTION", ["norway"]) in [(e[0], e[2]) for e in got], got


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "state", "victims"),
    [
        ("Iraq Hangs Eleven Men Convicted Of Terrorism", "iraq", "men"),
        ("Kuwait hangs a convicted murderer at dawn.", "kuwait", "murderer"),
    ],
)
def test_hanging_people_is_an_execution_in_any_form(engine: str, text: str, state: str, victims: str) -> None:
    got = [e for e in _events(text, engine) if e[1].lower().startswith("hang")]
    assert [(e[0], e[2]) for e in got] == [("ASSAULT", [state])], _events(text, engine)
    assert any(victims in t for t in got[0][3]), got


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Shopkeepers hang lanterns across the street for the festival.",
        "The deal hangs on a final vote in the assembly.",
    ],
)
def test_things_hung_and_outcomes_that_hang_are_no_execution(engine: str, text: str) -> None:
    assert not [e for e in _events(text, engine) if e[1].lower().startswith("hang")]
