"""Denials through the public API: cues, exclusions, denier and denied claim."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel.evaluate.denials import is_denial_cue

from ._engines import ENGINES, SPACY

needs_spacy = pytest.mark.skipif(not SPACY, reason="spaCy model not installed")


def _denials(text: str, engine: str):
    art = newsmodel.extract(text, engine=engine)
    names = {a.id: a.name for a in art.actors}
    return art, [(d.cue.text, names.get(d.denier), d.denied.text if d.denied else None) for d in art.denials]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Iran was denied a visa to attend the meeting.",
        "The ministry declined to comment on the report.",
        "Officials refused to confirm or deny the report.",
        "The parliament rejected the proposal on Tuesday.",
        "The footage could not be independently verified.",
        "The court denied bail to the suspect.",
    ],
)
def test_exclusions_are_not_denials(text, engine):
    assert newsmodel.extract(text, engine=engine).denials == ()


@needs_spacy
def test_rejecting_a_request_is_not_a_denial_but_rejecting_a_claim_is():
    art = newsmodel.extract("A New York judge rejected a media request to unseal the file.", engine="spacy")
    assert art.denials == ()
    _, found = _denials("The White House rejected claims that Biden met the envoy.", "spacy")
    assert found and found[0][1] == "White House"


@pytest.mark.parametrize("engine", ENGINES)
def test_verb_denial_has_denier_and_claim(engine):
    _, found = _denials("The Kremlin denied reports that Putin had met the envoy.", engine)
    cue, denier, denied = found[0]
    assert cue == "denied" and denier == "Kremlin"
    assert denied.startswith("reports that Putin had met")


@pytest.mark.parametrize("engine", ENGINES)
def test_negated_denial_verb_is_no_denial(engine):
    assert newsmodel.extract("Peskov did not deny that talks took place.", engine=engine).denials == ()


@needs_spacy
@pytest.mark.parametrize(
    "text, cue, denier",
    [
        ("The council dismissed the allegations as baseless.", "dismissed", "council"),
        ("The allegations were dismissed by the ministry as nonsense.", "dismissed", "ministry"),
        ("Russia has promoted the plan and brushed aside the criticism from Kyiv.", "brushed aside", "Russia"),
        ("The Qatari government, which has firmly denied any role, said nothing.", "denied", "Qatar"),
    ],
)
def test_denier_from_the_parse(text, cue, denier):
    _, found = _denials(text, "spacy")
    assert (cue, denier) in [(c, d) for c, d, _ in found]


@pytest.mark.parametrize("engine", ENGINES)
def test_report_denied_in_a_later_sentence(engine):
    text = (
        "Asked about a report that Araqchi had given Putin a letter, Peskov said the report was not true."
    )
    _, found = _denials(text, engine)
    pred = [f for f in found if "not true" in f[0]]
    assert pred and pred[0][2] == "a report that Araqchi had given Putin a letter"


@pytest.mark.parametrize("engine", ENGINES)
def test_denied_event_keeps_its_own_factuality_link(engine):
    art = newsmodel.extract("The Kremlin denied claims that Russia had attacked Ukraine.", engine=engine)
    assert art.denials
    attacked = [e for e in art.events if e.trigger.text == "attacked"]
    assert attacked and attacked[0].factuality == "denied" and attacked[0].type == "ASSAULT"


@pytest.mark.parametrize(
    "cue, expected",
    [("denied", True), ("has strongly denied", True), ("rebutting", True), ("brushed aside", True),
     ("a denial", True), ("said", False), ("declined to comment", False), ("denouncing", False)],
)
def test_gold_cue_lemmas_for_polnear(cue, expected):
    assert is_denial_cue(cue) is expected


def test_polnear_dev_denial_recall_is_reported():
    """Smoke test of the PolNeAR denial scorer on a few dev documents (skips without the corpus)."""
    from .conftest import POLNEAR

    if not (POLNEAR / "dev").is_dir():
        pytest.skip("PolNeAR is not available")
    from newsmodel.evaluate.denials import evaluate_denials

    rep = evaluate_denials(POLNEAR / "dev", engine="rules", limit=10)
    assert 0 <= rep.found <= rep.gold and rep.claim_gold <= rep.gold


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, role, owner",
    [
        ("A spokeswoman for Unilever denied the reports that it would close the plant.", "spokeswoman", "Unilever"),
        ("An adviser to the governor? No: an aide at the Treasury rejected claims that taxes would rise.", "aide", "Treasury"),
        ("Nigeria's police chief denied that officers had beaten the students.", "chief", "Nigeria"),
    ],
)
def test_denier_named_through_an_organisation_is_the_person_affiliated_with_it(text, role, owner, engine):
    # the person denies on the organisation's behalf: the denier is the person, tied to it
    art = newsmodel.extract(text, engine=engine)
    assert art.denials
    denier = art.actor(art.denials[-1].denier)
    assert denier is not None and role in denier.name.lower() and owner.lower() in denier.name.lower()
    assert denier.affiliation is not None and art.actor(denier.affiliation).name == owner


@pytest.mark.parametrize("engine", ENGINES)
def test_passive_denial_gives_the_by_phrase_as_denier(engine):
    art = newsmodel.extract("The accusations were denied by the national railway company.", engine=engine)
    deniers = [art.actor(d.denier) for d in art.denials if d.denier]
    assert len(deniers) == 1 and deniers[0].name == "company"  # not "accusations", the passive's subject


@pytest.mark.parametrize("engine", ENGINES)
def test_quoted_denial_of_a_spokesman_names_the_spokesman(engine):
    art = newsmodel.extract('"These reports are false," a spokesman for the Foreign Office said.', engine=engine)
    assert len(art.denials) == 1
    assert "spokesman" in art.actor(art.denials[0].denier).name


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The refugee was denied shelter by the authorities.",  # a passive with an object: refused something
        "The governor denied the prisoners a hearing.",  # a person, then what is withheld
        "The panel denied her pardon.",  # refusal objects (denial_cues.tsv)
        "The board dismissed Jones as chairman after the vote.",  # "dismissed X as" + a post, not a verdict on a claim
    ],
)
def test_refusals_and_dismissals_of_people_are_not_denials(text, engine):
    assert newsmodel.extract(text, engine=engine).denials == ()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The coach rebuffed suggestions that he had lost the dressing room.",
        "The lawyers said the allegations in the complaint were without merit.",
        "The mayor's office pushed back on reports of a budget shortfall.",
        "Accusations of fraud were rejected by the agency.",
        "Ministry Rejects Report of Arms Deal With Rebels",
    ],
)
def test_denial_wordings(text, engine):
    assert newsmodel.extract(text, engine=engine).denials


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier",
    [
        ("The palace issued a denial of the magazine's story.", "palace"),
        ("The council's denial of the reports came too late.", "council"),
        ('"None of this is true," the coach told reporters.', "coach"),
        ("The Pentagon on Wednesday denied reports of a new deployment.", "Pentagon"),
        ("A source close to the singer denied the rumours.", "source"),
    ],
)
def test_denial_nouns_and_deniers_without_a_parse_too(text, denier, engine):
    art = newsmodel.extract(text, engine=engine)
    names = [" ".join([art.actor(d.denier).name, *(m.text for m in art.actor(d.denier).mentions)]) for d in art.denials if d.denier]
    assert any(denier.lower() in n.lower() for n in names)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier",
    [
        ("Palace Denies King Is Unwell", "palace"),  # a complement clause without "that"
        ("Tokyo Rejects Claims Its Ships Entered Chinese Waters", "tokyo"),  # the parse may make "Claims" the verb
        ("U.N. Envoy Rejects Accusations of Bias", "envoy"),  # the phrase before the verb, not the U.N.
    ],
)
def test_headline_denials_and_their_deniers(text, denier, engine):
    art = newsmodel.extract(text, engine=engine)
    names = [art.actor(d.denier).name.lower() for d in art.denials if d.denier]
    assert any(denier in n for n in names)
