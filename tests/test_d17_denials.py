"""Denials of stop 47 (issue 14, helper d17): a denial verb in a relative clause on "something"
apposed to a reported claim, an addressee between a denial verb and its that-clause, a passive claim
dismissed "as baseless", a bare pointer answering a claim reported sentences before, "it is wrong
to suggest that ...", and two uses that deny nothing (a reflexive object, a generic passive).
Own sentences."""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, denials_denied


_denials = denials_denied  # (denier name, cue text, denied text) of each denial


# ---- "<X> said <claim>, something <Y> denied" (denial_apposed)


@pytest.mark.parametrize("engine", ENGINES)
def test_something_denied_after_a_reported_claim(engine: str) -> None:
    got = _denials("Two former clerks said the registrar had burned the ledgers, something she strongly denies.", engine)
    assert len(got) == 1
    assert "registrar" in (got[0][0] or "")
    assert got[0][1] == "denies"
    assert got[0][2] == "the registrar had burned the ledgers"


@pytest.mark.parametrize("engine", ENGINES)
def test_something_disputed_after_a_dash(engine: str) -> None:
    got = _denials("Rivals have claimed that the coach is about to quit -- something the club flatly disputes.", engine)
    assert [(d, c) for d, c, _x in got] == [("club", "disputes")]
    assert got[0][2] == "the coach is about to quit"


@pytest.mark.parametrize("engine", ENGINES)
def test_something_denied_to_an_addressee_as_ridiculous(engine: str) -> None:
    got = _denials("Three aides told me they believed the governor wanted the post -- something he denied to us as ridiculous.", engine)
    assert [d for d, _c, _x in got] == ["governor"]
    assert got[0][2] == "they believed the governor wanted the post"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor proposed a new ferry line, something the council rejected.",  # a proposal turned down
        "The guild asked for a second hearing, something the board rejected on Monday.",  # a request
        "The firm said profits rose, something analysts expected.",  # no denial verb
        "She said she wanted a quiet summer, something she had denied herself for years.",  # deny oneself
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_something_without_a_claim_denied(text: str, engine: str) -> None:
    assert _denials(text, engine) == []


# ---- "denied to reporters that ..." (denial_addressee)


@pytest.mark.parametrize("engine", ENGINES)
def test_addressee_before_the_that_clause(engine: str) -> None:
    got = _denials("The harbour master denied to the inquiry on Monday that any cargo had been lost.", engine)
    assert len(got) == 1
    assert "master" in (got[0][0] or "")
    assert got[0][2] == "any cargo had been lost"


@pytest.mark.parametrize(
    "text",
    [
        "The guards denied entry to visitors that had no passes.",  # an object, then a relative "that"
        "The court denied access to journalists that morning.",
        "The council denied to tenants that had complained any further hearing.",  # "that" opens a relative clause
        "Visa Denied to Opposition Leader",
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_refusals_to_someone_stay_none(text: str, engine: str) -> None:
    assert _denials(text, engine) == []


# ---- passives (denial_passive_verdict, denial_nonclaims)


@pytest.mark.parametrize("engine", ENGINES)
def test_passive_claim_dismissed_as_baseless_by_a_party(engine: str) -> None:
    got = _denials("The accusation was dismissed as baseless by the port authority.", engine)
    assert len(got) == 1
    assert "authority" in (got[0][0] or "")


@pytest.mark.parametrize(
    "text",
    [
        "The clerk was dismissed by the board last week.",  # a firing
        "The appeal was dismissed as moot by the judge.",  # a ruling, no falsity word
        "A poll is dismissed as fake whenever it hurts the party.",  # a generic remark
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_passives_without_a_party_denying_a_claim(text: str, engine: str) -> None:
    assert _denials(text, engine) == []


# ---- a bare pointer answering a claim reported before (denial_back_reference)


@pytest.mark.parametrize("engine", ENGINES)
def test_pointer_rejects_a_claim_two_sentences_back(engine: str) -> None:
    text = "The union said the mayor had taken money from developers. The council met on Tuesday. The mayor rejected that."
    got = _denials(text, engine)
    assert [(d, c) for d, c, _x in got] == [("mayor", "rejected")]
    assert got[0][2] == "the mayor had taken money from developers"


@pytest.mark.parametrize("engine", ENGINES)
def test_pointer_denies_an_accusation_with_a_medium_phrase(engine: str) -> None:
    text = "The senator was accused on Monday of taking money from a lobbyist. Aides met on Tuesday. He denied it in a statement."
    got = _denials(text, engine)
    assert [d for d, _c, _x in got] == ["senator"]
    assert got[0][2] == "taking money from a lobbyist"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor proposed a curfew for teenagers. The council met on Tuesday. The union rejected that.",
        "The team lost on Sunday. The coach rejected that on Monday.",
        "Clinics said they would open late. The council proposed a levy, but the union rejected that.",
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_pointer_without_a_reported_claim_stays_none(text: str, engine: str) -> None:
    assert _denials(text, engine) == []


# ---- "it is wrong to suggest that ..." (denial_wrong_to_say)


@pytest.mark.parametrize("engine", ENGINES)
def test_it_is_wrong_to_suggest_a_claim(engine: str) -> None:
    got = _denials('"It is simply wrong to suggest that the pact was signed in secret," the envoy said.', engine)
    assert [d for d, _c, _x in got] == ["envoy"]
    assert got[0][2] == "the pact was signed in secret"


@pytest.mark.parametrize(
    "text",
    [
        '"It would be wrong to say that the race is over," the senator said.',  # a modal hedge
        '"It is wrong to say that to a child," the bishop said.',  # "that" a pronoun
        '"I was wrong to suggest that the plant would close," the mayor said.',  # one's own claim withdrawn
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_wrong_to_say_hedges_stay_none(text: str, engine: str) -> None:
    assert _denials(text, engine) == []
