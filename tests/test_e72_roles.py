"""Helper e72's rules at stop 44 (issue 14, dev batch 128), through the public API, with sentences
written for this file: a bare "the country" after a named country, a sending verb before a
destination and a purpose infinitive, and military "counter"."""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, events


def _of(text: str, engine: str, kind: str) -> list[tuple[str, list[str], list[str]]]:
    return [e for e in events(text, engine) if e[0] == kind]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind", "agent", "target"),
    [
        ("Gunmen stormed the parliament of Mali on Tuesday. Senegal suspended aid to the country.", "SANCTION", "Senegal", "Mali"),
        ("An earthquake struck Nepal last week. India sent emergency supplies to the country.", "AID", "India", "Nepal"),
        ("Eritrea jailed three journalists on Monday. The European Union condemned the nation on Friday.", "ACCUSE", "European Union", "Eritrea"),
    ],
)
def test_a_bare_country_names_the_country_of_the_sentence_before(engine: str, text: str, kind: str, agent: str, target: str) -> None:
    got = _of(text, engine, kind)
    assert got, text
    assert agent in got[0][1] and target in got[0][2], got


@pytest.mark.parametrize("engine", ENGINES)
def test_a_bare_country_is_never_its_own_sentences_subject(engine: str) -> None:
    got = _of("Chile hosted the summit on Monday. Argentina cut aid to the country.", engine, "SANCTION")
    assert got and "Argentina" not in got[0][2], got
    assert "Chile" in got[0][2], got


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The governor said the nation must repair its railways. The senator criticized the country.",
        "Rallies were held across the country on Sunday. Brazil lost to Spain.",
    ],
)
def test_no_country_named_before_or_a_place_gives_no_country_actor(engine: str, text: str) -> None:
    import newsmodel

    art = newsmodel.extract(text, engine=engine)
    mentions = [m.text.lower() for a in art.actors for m in a.mentions]
    assert "the country" not in mentions and "the nation" not in mentions, mentions


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "sender", "destination"),
    [
        ("Rwanda sent police officers to Mozambique to fight insurgents.", "Rwanda", "Mozambique"),
        ("Egypt dispatched soldiers to Sudan to fight the militias.", "Egypt", "Sudan"),
    ],
)
def test_a_destination_never_does_the_purpose_of_a_sending(engine: str, text: str, sender: str, destination: str) -> None:
    got = _of(text, engine, "ASSAULT")
    assert got, text
    assert sender in got[0][1] and destination not in got[0][1], got


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The militants countered the offensive with a barrage of rockets.", "militants"),
        ("Army units countered the rebel advance with mortar fire.", "units"),
    ],
)
def test_military_counter_is_an_assault(engine: str, text: str, agent: str) -> None:
    got = _of(text, engine, "ASSAULT")
    assert got and any(agent in name.lower() for name in got[0][1]), got


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    ["Nokia countered the launch with a cheaper handset.", "The candidate countered the attack ad with a video of her own."],
)
def test_business_or_campaign_counter_is_no_assault(engine: str, text: str) -> None:
    assert not _of(text, engine, "ASSAULT"), text
