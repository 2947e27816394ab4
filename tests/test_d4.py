"""Denials in article bodies, d4 stop 33 (issue 14): uses of a denial verb that deny no claim.

"counter" with a clause of its own argument, a denial verb as a generic gerund subject, under a
word of ability or permission or a modal of possibility, a text of principles as the subject,
deflecting a reproach and playing down an idea with no content are no denials; "countered that"
a claim is false or a fact did not happen, denials tried, hurried or forced, and a denial by an
opening participle's subject are.  Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES, SPACY_ONLY
from ._engines import deniers as _deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Other unions counter it is time to accept the offer.",
        "Farmers countered that the new quota would ruin small dairies.",
        "Dismissing the surveys as noise would be a mistake for the party.",
        "He felt free to contradict the coach in front of the players' findings.",
        "Shareholders will be able to dispute the board's account at the meeting.",
        "The agreement allows each country to reject the auditors' findings.",
        "Residents have the right to contest the council's account of the flooding.",
        "The firm could still dispute the regulator's findings on appeal.",
        "The new charter rejects the notion that the press needs a licence.",
        "This statement of principles denies the premises of the old order.",
        "The governor made a second attempt to deflect the senator's criticism.",
        "The minister has played down the idea over the past month as talks resumed.",
        '"The idea of merging the two hospitals is absurd," the mayor said.',
        "Fans cheered the club's public repudiation of the owner's comments about refugees.",
        "The league counts on young fans to counter the growing numbers of empty seats.",
        "The channel screened a film purporting to debunk the vaccine trials.",
        "The coach — who was seen as an outsider — was quickly dismissed by the pundits as a novice.",
        "The envoy said his government must rebut the minister's claims.",
        "Analysts said the bank should dismiss the rumours at once.",
        "As easy as it may seem to shrug off the warnings, the council is worried.",
        "It is tempting to dismiss the claims of the protesters.",
        "For now, the council waves off the closure as having little effect on traffic.",
        "Her spokesman dismissed the comment and the fuss over it as irrelevant to voters.",
        "The network has built a fantasy world denying the science of vaccines.",
    ],
)
def test_uses_that_deny_nothing(engine, text):
    assert _deniers(text, engine) == [], text


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The ministry countered that the reports were false.", "ministry"),
        ("The airline countered that it had never lost the bags.", "airline"),
        ("The club countered the allegations, saying all its players had been tested.", "club"),
        ("Denying the reports, the mayor said the bridge was safe.", "mayor"),
        ("The minister tried to rebut the allegations in a speech.", "minister"),
        ("The coach was quick to dismiss the rumours of a rift.", "coach"),
        ("The company was forced to deny reports of a takeover.", "company"),
        ("The general made an attempt to refute the accusations.", "general"),
        ("The spokesman played down the idea that the talks had failed.", "spokesman"),
        ('"I can categorically deny that I took the money," the treasurer said.', "treasurer"),
        ('"The idea that the mill is closing is absurd," the manager said.', "manager"),
        ("The party issued a disavowal of any involvement in the attack.", "party"),
        ("The army issued a statement denying the reports of a coup.", "army"),
        ("The council waved off the reports as exaggerated.", "council"),
        ("The agency spent weeks pushing back against claims that the dam was leaking.", "agency"),
    ],
)
def test_denials_made(engine, text, denier):
    got = _deniers(text, engine)
    assert got, text
    assert any(d is not None and denier in d.lower() for d in got), (text, got)


@SPACY_ONLY
def test_generic_gerund_subject_with_parse():
    """With a parse the gerund is the clause's subject whatever the tagger makes of its verb; the
    rules tagger reads "warnings carries" as two nouns, and the gerund as a participle (left)."""
    assert _deniers("Shrugging off or rejecting the warnings carries real costs, the economist said.", "spacy") == []


def test_modal_and_ability_words_govern_only_their_own_verb():
    """"free to run" does not make the main clause's denial a possible one."""
    for engine in ("rules",):
        art = newsmodel.extract("The mayor, who is free to run again, denied that she had misused city funds.", engine=engine)
        assert len(art.denials) == 1
