"""Denials need a party denying a claim (issue 14, denials on real news, d1 stop 30).

Distancing from a person or group, a denial refused, evidence contradicting what someone said,
"false" before a noun that names no claim and minimizing someone's remarks are no denials; the
same verbs with a claim and a party stay denials. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from ._engines import ENGINES
from ._engines import deniers as _deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The council's refusal to repudiate the endorsement angered local activists.",
        "The activist said she had disavowed the separatist movement long ago.",
        '"We disowned him years ago," the party chairman said.',
        "The singer disavowed the remarks of her former manager.",
        "Laboratory tests were instrumental in rebutting the farm's claims about the feed.",
        "Several of the study's findings contradicted the governor's public statements.",
        '"That is a false analogy," the professor replied.',
        '"It is ridiculous that pensioners should pay for parking," the councillor said.',
        "The coach tried to downplay the striker's comments about the referee.",
    ],
)
def test_no_party_denying_a_claim_is_no_denial(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier",
    [
        ("The charity repudiated reports that it had paid the smugglers.", "charity"),
        ("The airline disavowed any involvement in the ticket scheme.", "airline"),
        ("The governor played down reports of a split in his cabinet.", "governor"),
        ('"That is a false report," the spokesman replied.', "spokesman"),
        ("The army's statement denied that soldiers had fired on the crowd.", "army"),
        ("The report was denied by a spokesman for the navy.", "spokesman"),
    ],
)
def test_a_party_denying_a_claim_is_a_denial(engine, text, denier):
    deniers = _deniers(text, engine)
    assert deniers and any(d and denier.lower() in d.lower() for d in deniers), deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The chairman denied Harris a vote on the nomination.",
        "For years the ruling elite has denied ordinary Americans a real voice.",
    ],
)
def test_denying_someone_something_is_no_denial(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_thing_is_no_denier(engine):
    deniers = _deniers("The ministry's statement rejected the notion that markets correct themselves.", engine)
    assert deniers and all(d is not None and "ministry" in d.lower() for d in deniers)
    # a text of principles as the subject holds a view, no party denies (d4, stop 33: no denial at all)
    assert _deniers("The charter of principles rejects the notion that markets correct themselves.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the council had tried for years to deny them shelter in winter.",
        "Reporters protested the ministry's denial of access to the court hearing.",
        "The agency's denial of a permit to the mine was overturned on appeal.",
    ],
)
def test_withholding_something_is_no_denial(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier",
    [
        ("Mensah, now a senior adviser to the bank, has denied that he approved the loans.", "Mensah"),
        ("Adeyemi, a former transport minister, denied on Friday that he had taken bribes.", "Adeyemi"),
    ],
)
def test_the_name_before_an_apposition_is_the_denier(engine, text, denier):
    deniers = _deniers(text, engine)
    assert deniers and any(d and denier.lower() in d.lower() for d in deniers), deniers


@pytest.mark.parametrize("engine", ENGINES)
def test_a_denial_noun_modifying_a_noun_is_no_denial(engine):
    assert _deniers("The counsellor said patients often pass through a denial period after the diagnosis.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_prosecutor_dismissing_a_story_denies_it(engine):
    deniers = _deniers("The prosecutor dismissed the witness's account as a fabrication.", engine)
    assert deniers and any(d and "prosecutor" in d.lower() for d in deniers), deniers


@pytest.mark.parametrize("engine", ENGINES)
def test_a_prosecutor_dismissing_charges_is_no_denial(engine):
    assert _deniers("Prosecutors dismissed the remaining charges against the driver.", engine) == []
