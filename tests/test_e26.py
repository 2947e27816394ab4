"""Helper e26 (stop 33, issue 14): events read from a CAMEO verb pattern alone need a party the
pattern was written for -- a state or a body CAMEO codes (events/pattern_parties.py, dev batch 59).
Our own sentences, of the shapes the hand-judged PolNeAR train sample showed."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel.extractors import cameo
from newsmodel.extractors.events.senses import PatternSense

from ._engines import ENGINES, SPACY_ONLY, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The actor held a conference call with fans on Monday.",
        "The singer made four stops across Ohio last week.",
        "The novelist took part in a charity quiz on Friday.",
        "The committee expanded the services that veterans can use.",
        "The author said she stands by every word of the book.",
    ],
)
def test_a_pattern_between_uncoded_parties_is_no_event(engine: str, text: str) -> None:
    """A CAMEO verb + object pattern whose parties no dictionary codes as a state or a body."""
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The foreign minister held a conference with the rebel commanders.", "CONSULT"),
        ("The army expanded its forces near the frontier.", "MOBILIZE"),
        ("Russia expanded its forces near the border with Finland.", "MOBILIZE"),
        ("Hundreds of refugees are seeking asylum in Germany.", "REQUEST"),
        # a state named in the plural, in the agent's phrase
        ("Officials from the two Koreas exchanged views on the border talks.", "CONSULT"),
        # a pattern that names its subject; a protest, whose actors are civilians
        ("Critics said the decision was unfair to farmers.", "ACCUSE"),
        ("Farmers joined the teachers for a protest outside parliament.", "PROTEST"),
    ],
)
def test_the_same_patterns_with_a_coded_party_stay_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@SPACY_ONLY
def test_verb_code_says_when_the_pattern_names_its_subject() -> None:
    doc = newsmodel.annotate("Critics said the plan was unfair.", engine="spacy")
    said = next(t for t in doc.tokens if t.text == "said")
    vc = cameo.verb_code(doc, said)
    assert vc is not None and vc.specific and vc.by_subject
    doc = newsmodel.annotate("The minister held a conference with the envoys.", engine="spacy")
    held = next(t for t in doc.tokens if t.text == "held")
    vc = cameo.verb_code(doc, held)
    assert vc is not None and vc.specific and not vc.by_subject


def test_a_pattern_sense_reads_as_its_tuple() -> None:
    s = PatternSense((1, "CONSULT", None))
    n, category, mode = s
    assert (n, category, mode) == (1, "CONSULT", None) and s == (1, "CONSULT", None)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The congresswoman opposes capital punishment in every case.",
        "The mayor has always supported affordable housing.",
        "The candidate vowed to defend free speech on campus.",
    ],
)
def test_a_stance_on_an_issue_is_no_event(engine: str, text: str) -> None:
    """Support or opposition whose object is a bare issue noun, with no party in the clause."""
    assert not types(text, engine) & {"SUPPORT", "REJECT"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The congresswoman opposed the president's nominee for the court.", "REJECT"),
        ("The party backed the governor in the primary.", "SUPPORT"),
        ("The foreign ministry defended the ambassador against the criticism.", "SUPPORT"),
    ],
)
def test_the_same_verbs_toward_a_party_or_a_proposal_stay_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@SPACY_ONLY
def test_a_party_inside_the_clause_keeps_the_stance_an_event() -> None:
    assert "REJECT" in types("China opposes independence for Taiwan.", "spacy")
