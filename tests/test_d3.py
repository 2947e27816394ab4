"""Denials on real news, d3 stop 32 (issue 14): pronoun deniers, title-case verb forms, rebuttals.

A pronoun denier ("She has repeatedly denied any wrongdoing") is resolved as the statement rules
resolve a pronoun speaker; a headline verb the tagger lemmatised badly ("Dismisses" as "dismisse")
is read from its written form; "called the story 'complete nonsense'" and "reports of X were 'pure
fabrication'" are denials; "denied boarding to passengers" and "denied the workers overtime pay"
are refusals. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel.extractors.denial_forms import base_form

from ._engines import ENGINES
from ._engines import deniers as _deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The chief executive was named in the bribery lawsuit by three former managers. She has repeatedly denied any wrongdoing.", "chief executive"),
        ("The senator was asked whether she had taken the money. She denied it.", "senator"),
        ("Governor Ruiz was accused of hiding the audit. He rejected the accusations at a press conference.", "Ruiz"),
        ("Insurer Dismisses Claims of Fraud", "Insurer"),
        ("Bank Dismisses Reports", "Bank"),
        ('The manager called the story "complete nonsense" and said the striker would stay.', "manager"),
        ('The interior ministry said reports of a secret prison in the north were "pure fabrication".', "ministry"),
        ("Reuters reported the fine on Monday. The Moreno campaign denies any wrongdoing.", "Moreno campaign"),
        ("The ministry issued a point-by-point refutation of the allegations.", "ministry"),
        ("For decades, the Census denied any part in the forced removals.", "Census"),
        ("The mayor was asked about the loans. He's always denied it.", "mayor"),
        ("Party chair Ana Ruiz dismissed Mark Peters’ accusations that the committee had rigged the vote.", "Ruiz"),
        ("Democrats rebut claim of secret deal with donors.", "Democrats"),
        ("Levin dismissed concerns that he was ignoring the voters of his district.", "Levin"),
        ('"This notion that the mayor does not know what he is doing is just not true," Ortiz said.', "Ortiz"),
        ("Governor Brushes Off Claims of Nepotism", "Governor"),
        ("The defence ministry was accused of hiding the figures. It denied the report.", "ministry"),
        ("The mayor's driver, Luis Ortega, was named in the complaint. Ortega, 51, denied any wrongdoing.", "Ortega"),
        ("Bank Laughs Off Claims of Insolvency", "Bank"),
    ],
)
def test_denials_with_their_deniers(engine, text, denier):
    got = _deniers(text, engine)
    assert got, text
    assert any(d is not None and denier.lower() in d.lower() for d in got), (text, got)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The ferry operator denied boarding to travellers without a valid ticket.",
        "The hospital denied the nurses holiday pay.",
        "Bank Dismisses Three Managers Over Losses",
        "The villagers were offered a settlement. They rejected the offer.",
        "The rival camp is working hard to deny him even that narrow path to the nomination.",
        "The talks brought closure on many disputes that had divided the two towns for decades.",
        "The slogan, itself a rebuttal to his rival's rallying cry, fell flat with voters.",
        "The inquiry found no sign of a denial of available air support.",
        "The mayor dismissed concerns that arose after the flood.",
        "The candidate changed her account after her first statement was shown to be false.",
        "Both mayors made remarks that turned out to be inflated or untrue.",
        "The analyst said in an interview that audits, with sworn testimony and bank records, were instrumental in rebutting the firm's claims.",
    ],
)
def test_refusals_and_dismissals_are_no_denials(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize(
    ("word", "base"),
    [("dismisses", "dismiss"), ("denies", "deny"), ("rebutted", "rebut"), ("refutes", "refute"), ("dismisse", None), ("denial", None)],
)
def test_base_form_undoes_verb_endings(word, base):
    assert base_form(word, {"dismiss", "deny", "rebut", "refute"}) == base


def test_passive_without_agent_and_noun_before_to_name_no_denier():
    """Without a parse: the subject of a passive is what is denied, and "some way | to contesting"
    names no party (the denier is left open, or the quote's speaker)."""
    art = newsmodel.extract("Although the author's books sold well, his conclusions have been contested by those he wrote about.", engine="rules")
    assert art.denials and all(d.denier is None for d in art.denials)
    # (d9, stop 39) a denial verb after "to" under a modal of possibility is only possible: no denial at all now
    art = newsmodel.extract("Experts said a long report may go some way to contesting the wilder accusations.", engine="rules")
    assert all(art.actor(d.denier) is None or art.actor(d.denier).name != "way" for d in art.denials)
    assert art.denials == ()

