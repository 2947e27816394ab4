"""Event recall in wire shapes (stop 30, helper e19, dev batch 49): REQUEST, THREATEN, REJECT,
CONCEDE and COOPERATE written as title-case headlines, passives with a by-phrase, reported
speech and datelines, each beside a same-word use that names no event. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, SPACY
from ._engines import has_event as _has
from ._engines import trigger_events_lower as _events




@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind", "agent"),
    [
        ("Police in Cambodia and Laos swapped information on the smuggling ring.", "COOPERATE", "police"),
        ("The two spy agencies traded intelligence on the kidnappers.", "COOPERATE", "agencies"),
    ],
)
def test_intelligence_swapped_is_cooperation(text: str, kind: str, agent: str, engine: str) -> None:
    assert _has(text, engine, kind, agent), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_swapped_shirts_is_no_event(engine: str) -> None:
    assert _events("The players swapped shirts after the final whistle.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind", "agent", "target"),
    [
        ("The defence minister refused to meet the striking nurses.", "REJECT", "minister", "nurses"),
        ("The president declined to meet the opposition leader.", "REJECT", "president", "leader"),
        ("The militants threatened to kill the hostages.", "THREATEN", "militants", "hostages"),
        ("Russia threatened to cut off gas supplies to Moldova.", "THREATEN", "russia", "moldova"),
    ],
)
def test_refused_or_threatened_act_names_the_target(text: str, kind: str, agent: str, target: str, engine: str) -> None:
    assert _has(text, engine, kind, agent, target), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_refused_release_names_no_target(engine: str) -> None:
    """The prisoners asked for nothing: a refused release has no target (only a refused meeting's partner is one)."""
    got = [e for e in _events("The junta refused to release the prisoners.", engine) if e[1] == "REJECT"]
    assert got and all(not e[3] for e in got), got


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind", "agent"),
    [
        ("The reform bill was rejected by the committee on Tuesday.", "REJECT", "committee"),
        ("Three fishermen were detained by coast guard officers near the reef.", "COERCE", "officers"),
    ],
)
def test_passive_by_phrase_common_noun_acts(text: str, kind: str, agent: str, engine: str) -> None:
    """A passive's by-phrase naming a body by a common noun gives the agent without a parse too."""
    assert _has(text, engine, kind, agent), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_dated_dateline_is_no_agent(engine: str) -> None:
    """A dateline with a date ("ACCRA, May 4 (Reuters) -") is no subject: the party after the dash acts."""
    text = "ACCRA, May 4 (Reuters) - Ghana's main opposition party called on the electoral commission to delay the count."
    assert _has(text, engine, "REQUEST", "party"), _events(text, engine)
    assert not _has(text, engine, "REQUEST", "accra"), _events(text, engine)


@pytest.mark.skipif(not SPACY, reason="spaCy model not installed")
@pytest.mark.parametrize(
    ("text", "kind", "agent"),
    [
        ("The governor warned that police would be deployed unless the protesters left the square.", "THREATEN", "governor"),
        ("The president warned that troops would be sent in if the blockade was not lifted by Friday.", "THREATEN", "president"),
    ],
)
def test_ultimatum_is_the_warners_threat(text: str, kind: str, agent: str) -> None:
    """An act of force in a warning, conditioned on the addressee's conduct, is the warner's threat (parse engine)."""
    assert _has(text, "spacy", kind, agent), _events(text, "spacy")


@pytest.mark.parametrize("engine", ENGINES)
def test_forecast_in_a_warning_is_no_threat(engine: str) -> None:
    assert not _has("The minister warned that troops would be needed if the storm hit the coast.", engine, "THREATEN")


@pytest.mark.skipif(not SPACY, reason="spaCy model not installed")
def test_headline_verb_object_read_as_one_noun_phrase() -> None:
    """"Government Lifts Curfew In ...": the small parser makes one noun phrase of the line; the verb +
    object trigger is read as a headline verb, its subject the noun before it."""
    text = "Government Lifts Curfew In Northern Province"
    assert _has(text, "spacy", "CONCEDE", "government"), _events(text, "spacy")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind", "agent", "target"),
    [
        ("Poland barred the aid group from entering the border zone.", "REJECT", "poland", "aid group"),
        ("The fugitive banker was extradited to Italy by Brazilian authorities.", "COOPERATE", "brazil", "italy"),
    ],
)
def test_surface_recipients(text: str, kind: str, agent: str, target: str, engine: str) -> None:
    """An actor named with an event word ("the aid group") is still the object; a passive's to-phrase before
    its by-phrase receives the act."""
    assert _has(text, engine, kind, agent, target), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_nominalisation_with_recipient_before_by_phrase(engine: str) -> None:
    """"the extradition of X to Y by Z": the by-phrase acts past the recipient's to-phrase."""
    text = "The extradition of the former governor to Mexico by the United States closed the case."
    assert _has(text, engine, "COOPERATE", "united states", "mexico"), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two countries resumed trade after a five-year freeze.", True),
        ("Both governments resumed trade last month.", True),
        ("The country resumed trade last month.", False),
        ("The two companies resumed trade.", False),
    ],
)
def test_pair_subject_is_both_parties(text: str, expected: bool, engine: str) -> None:
    """"The two countries" names both parties of a mutual act; one country, or two companies, do not."""
    assert _has(text, engine, "COOPERATE") is expected, _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The cabinet said the government would not bow to pressure from the unions.", "government"),
        ("The army will not lift the curfew until the weekend, a spokesman said.", "army"),
        ("Moscow said it would not withdraw its troops from the border.", "moscow"),
    ],
)
def test_refused_concession_is_rejection(text: str, agent: str, engine: str) -> None:
    """A concession or retreat said not to come ("will not lift", "would not withdraw") is a refusal, REJECT."""
    got = _events(text, engine)
    assert _has(text, engine, "REJECT", agent), got
    assert not any(k in ("CONCEDE", "RETREAT") for _, k, _a, _t in got), got


@pytest.mark.parametrize("engine", ENGINES)
def test_announced_retreat_stays_a_concession(engine: str) -> None:
    assert _has("Moscow said it would withdraw its troops from the border.", engine, "CONCEDE", "moscow")


@pytest.mark.skipif(not SPACY, reason="spaCy model not installed")
def test_passive_warning_ultimatum_names_the_warned() -> None:
    """"X were warned by Y that they would be arrested if ...": Y threatens X."""
    text = "Strikers were warned by police that they would be arrested if they did not leave the depot."
    assert _has(text, "spacy", "THREATEN", "police", "strikers"), _events(text, "spacy")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind", "agent"),
    [
        ("The union's leader said it had called off the strike.", "CONCEDE", "union"),
        ("The army's spokesman said it had withdrawn from the town.", "RETREAT", "army"),
    ],
)
def test_it_after_a_spokesman_is_the_body(text: str, kind: str, agent: str, engine: str) -> None:
    """"The union's leader said it had ...": "it" is the body its spokesperson speaks for."""
    assert _has(text, engine, kind, agent), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_refusal_of_names_the_refuser(engine: str) -> None:
    """"the refusal of the rebels to disarm": the of-phrase refuses (no parse needed)."""
    text = "The refusal of the militia to disarm stalled the peace process."
    assert _has(text, engine, "REJECT", "militia"), _events(text, engine)
