"""Event precision on real political news, spaCy-weighted (stop 44, e70; dev batch 124).

A passive infinitive after a verb of wanting or expecting is a wish, no event; "appeal(s) to" a
feeling in quotation marks is a draw, no request; a title-case headline "X Accused Of ..." is a
passive (X the accused, no accuser); a body named only inside the doer's name or a person
target's name is no second target (spaCy: the rules engine has no parse to see it).  Each beside
sentences of the same words that keep their events.

Our own sentences, of the shapes found in a hand judgment of spaCy's events on 30 PolNeAR train
texts (sorted index i % 11 == 7)."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, SPACY_ONLY, events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Most residents of the valley want the illegal loggers to be jailed.",
        "Radio Host Wants Opposition Leaders To Be Jailed.",
        "About a third of those polled expect the smugglers in the port to be deported.",
    ],
)
def test_wished_passive_is_no_event(text: str, engine: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The loggers were jailed by the provincial court on Monday.", "COERCE"),
        ("The governor ordered the rioters to be arrested.", "REQUEST"),
    ],
)
def test_passive_done_or_ordered_keeps_its_event(text: str, kind: str, engine: str) -> None:
    assert kind in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_appeal_to_quoted_feeling_is_a_draw(engine: str) -> None:
    assert "REQUEST" not in types("The governor's blunt appeal to the \"quiet pride\" of mill towns won her the county.", engine)
    assert "REQUEST" not in types("Pollsters say her folksy style appeals to the \u201cquiet resentments\u201d of older voters.", engine)
    assert "REQUEST" in types("The governor appealed to farmers to conserve water during the drought.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Interior Ministry Accused Of Hiding Prison Deaths.", "ministry"),
        ("Senator Accused Of Taking Bribes From Developers.", "senator"),
    ],
)
def test_headline_accused_of_is_a_passive(text: str, accused: str, engine: str) -> None:
    got = [(a, r) for t, a, r in events(text, engine) if t == "ACCUSE"]
    assert got, text
    agents, targets = got[0]
    assert not any(accused in a.lower() for a in agents)
    assert any(accused in r.lower() for r in targets)


@pytest.mark.parametrize("engine", ENGINES)
def test_active_headline_keeps_its_accuser(engine: str) -> None:
    got = [(a, r) for t, a, r in events("Opposition Accuses Interior Ministry Of Hiding Prison Deaths.", engine) if t == "ACCUSE"]
    assert got and any("opposition" in a.lower() for a in got[0][0])


@SPACY_ONLY
def test_modifier_of_doer_or_person_is_no_target() -> None:
    opposed = [r for t, _a, r in events("The pension bill, opposed by Senate Democrats, never became law.", "spacy") if t == "REJECT"]
    assert opposed and "Senate" not in opposed[0]
    backed = [r for t, _a, r in events("Governor Tom Hale voiced support for U.S. Senate candidate Maria Lopez on Wednesday.", "spacy") if t == "SUPPORT"]
    assert backed and backed[0] == ["Maria Lopez"]


@SPACY_ONLY
def test_body_standing_for_its_members_stays_a_target() -> None:
    got = [r for t, _a, r in events("The mayor criticized state Senate leaders over the cuts.", "spacy") if t == "ACCUSE"]
    assert got and "Senate" in got[0]
    met = [r for t, _a, r in events("The minister met U.S. officials in Geneva.", "spacy") if t == "CONSULT"]
    assert met and met[0]
