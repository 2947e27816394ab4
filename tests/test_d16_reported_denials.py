"""Denials of stop 46 (issue 14, helper d16): a reported, third-person denial of having made a
remark ("she had never suggested that ..."), remark verbs besides "say" (suggested, claimed,
stated), and a party held innocent of a charge in other words than "maintained his innocence"
("is absolutely innocent of these charges", "entered a not-guilty plea").  Own sentences."""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, denials_denied


_denials = denials_denied  # (denier name, cue text, denied text) of each denial


@pytest.mark.parametrize("engine", ENGINES)
def test_reported_never_suggested_a_clause(engine: str) -> None:
    got = _denials("Mayor Okafor said she had never suggested that the swimming pools should close.", engine)
    assert len(got) == 1
    assert "Okafor" in (got[0][0] or "")
    assert "never suggested" in got[0][1]
    assert "pools should close" in (got[0][2] or "")


@pytest.mark.parametrize("engine", ENGINES)
def test_reported_never_said_with_an_adverb(engine: str) -> None:
    got = _denials("The treasurer insisted he had never really said the bonds were worthless.", engine)
    assert [d for d, _c, _x in got] == ["treasurer"]


@pytest.mark.parametrize("engine", ENGINES)
def test_reported_pointer_any_such_thing(engine: str) -> None:
    got = _denials("The provost maintained that she had never said any such thing.", engine)
    assert len(got) == 1
    assert "provost" in (got[0][0] or "")


@pytest.mark.parametrize("engine", ENGINES)
def test_never_suggested_a_gerund(engine: str) -> None:
    got = _denials("The senator wrote on Twitter that she had never suggested cutting the school budget.", engine)
    assert len(got) == 1
    assert "cutting the school budget" in (got[0][2] or "")


@pytest.mark.parametrize("engine", ENGINES)
def test_first_person_never_claimed(engine: str) -> None:
    got = _denials('"I never claimed the bridge was safe," the engineer said.', engine)
    assert [d for d, _c, _x in got] == ["engineer"]


@pytest.mark.parametrize("engine", ENGINES)
def test_remark_verb_with_a_noun_object_is_no_denial(engine: str) -> None:
    assert _denials("The coach said he had never suggested a venue for the final.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_third_person_in_a_quote_is_not_read_as_the_speaker(engine: str) -> None:
    # in a direct quote "he" is someone else, not the speaker: no denial of the speaker's own remark
    assert _denials('"He never said much at the meetings," the clerk said.', engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_reported_promise_disclaimed_is_no_denial(engine: str) -> None:
    assert _denials("The mayor said she never said the repairs would be cheap.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_innocent_of_the_charges_in_a_quote(engine: str) -> None:
    got = _denials('"Ms. Varga is completely innocent of these charges," her attorney said on Monday.', engine)
    assert len(got) == 1
    assert "attorney" in (got[0][0] or "")
    assert "charges" in (got[0][2] or "")


@pytest.mark.parametrize("engine", ENGINES)
def test_innocent_of_the_accusations_reported(engine: str) -> None:
    got = _denials("The port director says he is innocent of the accusations against him.", engine)
    assert len(got) == 1
    assert "director" in (got[0][0] or "")


@pytest.mark.parametrize("engine", ENGINES)
def test_not_guilty_plea_entered(engine: str) -> None:
    got = _denials("The former clerk entered a not-guilty plea on Tuesday to charges of forgery.", engine)
    assert len(got) == 1
    assert "clerk" in (got[0][0] or "")
    assert "forgery" in (got[0][2] or "")


@pytest.mark.parametrize("engine", ENGINES)
def test_plea_of_not_guilty_in_a_quote(engine: str) -> None:
    got = _denials('"My client will enter a plea of not guilty," the lawyer told reporters.', engine)
    assert [d for d, _c, _x in got] == ["lawyer"]


@pytest.mark.parametrize(
    "text",
    [
        "Two innocent passers-by were hurt in the blast.",
        "The suspect is presumed innocent of the charge until a jury decides.",
        "She was innocent of any knowledge of the deal.",
        "The driver entered a plea of guilty to the speeding charge.",
        "The judge will hear the plea next week.",
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_innocence_traps(text: str, engine: str) -> None:
    assert _denials(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_verdict_after_an_opinion_aside(engine: str) -> None:
    got = _denials('"The whole account was, in my opinion, made up," the coach told the station.', engine)
    assert [d for d, _c, _x in got] == ["coach"]
    assert "in my opinion, made up" in got[0][1]


@pytest.mark.parametrize("engine", ENGINES)
def test_falsity_verdict_with_frankly(engine: str) -> None:
    got = _denials('"That report is, frankly, false," the governor said.', engine)
    assert len(got) == 1
    assert "governor" in (got[0][0] or "")


@pytest.mark.parametrize("engine", ENGINES)
def test_aside_before_a_noun_phrase_is_no_verdict(engine: str) -> None:
    assert _denials('"His answer was, frankly, false modesty," the coach said.', engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_falsity_aside_after_a_claim_noun(engine: str) -> None:
    got = _denials('"The council must live with the rumour -- unfounded, I think -- that it hid the audit," the consultant said.', engine)
    assert len(got) == 1
    assert "consultant" in (got[0][0] or "")
    assert got[0][1] == "unfounded"
    assert (got[0][2] or "").endswith("that it hid the audit")


@pytest.mark.parametrize("engine", ENGINES)
def test_falsity_aside_without_that_clause_is_none(engine: str) -> None:
    assert _denials('"The report, false or not, will be read by everyone," the consultant said.', engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_reported_did_not_say_who_is_no_denial(engine: str) -> None:
    text = "The senator told the radio that she got a call from the party office, though she did not say which aide had phoned her."
    assert _denials(text, engine) == []
