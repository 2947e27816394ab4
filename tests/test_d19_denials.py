"""Denials of stop 48 (issue 14, helper d19): a speaker's falsity adjective on another party's claims,
calling the accuser a liar for the claim, the first of two conjoined deniers (rules), documents
called a forgery beside things called fake, and three tails of a noun-phrase claim's span (the
denier's next act, a means of proof, a medium).  Own sentences."""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, denials_denied

_denials = denials_denied  # (denier name, cue text, denied text) of each denial


# ---- a falsity adjective on a claim noun in what a speaker says (denial_false_claims)


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The governor's lawyer said the nurse was chasing attention with entirely false claims.", "lawyer"),
        ("Her attorney said the lawsuit was built on unfounded allegations.", "attorney"),
        ("The coach said rival fans were circulating bogus reports of a fight in the dressing room.", "coach"),
        ("A spokeswoman said the councillor had been smeared by baseless allegations.", "spokeswoman"),
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_speaker_calls_another_partys_claims_false(text: str, denier: str, engine: str) -> None:
    got = _denials(text, engine)
    assert len(got) == 1
    assert denier in (got[0][0] or "")


@pytest.mark.parametrize("engine", ENGINES)
def test_false_claims_denied_span_runs_to_what_they_are_about(engine: str) -> None:
    got = _denials("The ministry said foreign outlets were broadcasting false reports of troop movements near the border.", engine)
    assert [x for _d, _c, x in got] == ["false reports of troop movements near the border"]


@pytest.mark.parametrize(
    "text",
    [
        "The candidate kept repeating false claims about the election at every rally.",  # the writer's verdict
        "Police said the farmer had filed false claims with his insurer for years.",  # insurance claims
        "The senator admitted she had made false claims about her degree.",  # her own
        '"I made false statements to investigators," the former aide said.',  # a confession
        "The insurer said false claims cost the industry billions each year.",  # a generic subject
        "The senator said she had never spread false rumours about anyone.",  # negated, her own
        "The official said the company faced a lawsuit under the False Claims Act.",  # a name
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_false_claims_without_a_speakers_verdict_on_another_party(text: str, engine: str) -> None:
    assert _denials(text, engine) == []


# ---- calling the accuser a liar for the claim (denial_accuser_called)


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ('The aide went on television to call the reporter "utterly delusional" for the accusation.', "aide"),
        ("The spokeswoman called the blogger a fantasist for the story.", "spokeswoman"),
        ("The mayor called her rival a liar for saying that she had skipped council meetings.", "mayor"),
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_accuser_called_a_liar_for_the_claim(text: str, denier: str, engine: str) -> None:
    got = _denials(text, engine)
    assert len(got) == 1
    assert denier in (got[0][0] or "")


@pytest.mark.parametrize(
    "text",
    [
        "The coach called the striker brilliant for the goal.",
        "The editor called the reporter a hero for the story.",
        "The senator called the governor reckless for the plan.",
        "The mayor never called her rival a liar for the claim.",
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_person_praised_or_blamed_is_no_denial(text: str, engine: str) -> None:
    assert _denials(text, engine) == []


# ---- conjoined deniers (denial_conjoined; the parse already gives the first)


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The senator and her aides flatly rejected the report.", "senator"),
        ("The company and its founder have disputed the allegations.", "company"),
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_first_conjunct_is_the_denier(text: str, denier: str, engine: str) -> None:
    got = _denials(text, engine)
    assert len(got) == 1
    assert got[0][0] is not None and denier in got[0][0]


# ---- documents called a forgery (denial_forgery, denial_participle_subject, lexicon rows)


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The ministry dismissed the leaked memo as a forgery.", "ministry"),
        ("The leaked memo was branded a forgery by the defence ministry.", "ministry"),
        ("The embassy said the letter circulating online was a forgery.", "embassy"),
        ("The ministry called the leaked dossier a forgery.", "ministry"),
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_document_called_a_forgery(text: str, denier: str, engine: str) -> None:
    got = _denials(text, engine)
    assert len(got) == 1
    assert denier in (got[0][0] or "")


@pytest.mark.parametrize(
    "text",
    [
        "The museum dismissed the painting as a forgery.",
        "The museum dismissed the painting as a fake.",
        "The passport was branded a forgery by border officials.",
        "The collector said the vase was a forgery.",
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_thing_called_fake_is_no_denial(text: str, engine: str) -> None:
    assert _denials(text, engine) == []


# ---- tails of a noun-phrase claim's span (denial_span_tails)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("The chairwoman has flatly disputed these accusations and has since spent the week courting delegates.", "these accusations"),
        ("The chairwoman hit back at these accusations and spent the week courting delegates.", "these accusations"),
        ("The mayor rebutted the charge by publishing his tax returns.", "the charge"),
        ("The senator denied the remark in a brief radio interview.", "the remark"),
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_denied_span_stops_before_the_denials_own_tail(text: str, denied: str, engine: str) -> None:
    got = _denials(text, engine)
    assert [x for _d, _c, x in got] == [denied]


@pytest.mark.parametrize("engine", ENGINES)
def test_definite_medium_names_which_claim(engine: str) -> None:
    got = _denials("The minister denied the claims in the report.", engine)
    assert [x for _d, _c, x in got] == ["the claims in the report"]
