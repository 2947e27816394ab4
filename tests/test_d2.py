"""Denials on real news, d2 stop 31 (issue 14): a denial needs a denied claim.

Headline verdicts with no verb ("Reports of Ceasefire Deal Not True, Army Says") and a longer
claim before a quoted verdict are denials; a negated quote is one when its frame names the claim
it answers ("..., responding to an article"). Adverbial clauses are no objects ("dismissed the
clerk after he posted ..."), "the idea of a coalition" is a proposal turned down, and pictures and
counts contradicting a claim are no party denying it ("figures" with a people-modifier are people).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from ._engines import ENGINES
from ._engines import deniers as _deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Rumours of Merger Talks Not True, Airline Says", "airline"),
        ("Insurer Says Reports It Will Leave the Market 'Not True'", "insurer"),
        ("Reports of Cabinet Split Baseless: Prime Minister", "prime minister"),
        ('"I never said that the school would close," the mayor said, responding to a report in the local paper.', "mayor"),
    ],
)
def test_claim_denied_in_headlines_and_answered_quotes(engine, text, denier):
    found = _deniers(text, engine)
    assert found and any(d and denier in d.lower() for d in found), found


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The bank dismissed the clerk after he posted account numbers on a forum.",
        "The party leader rejected the idea of an alliance with the nationalists.",
        "The mayor rejected the idea to close the library on Sundays.",
        "Drone pictures contradicted the police account of the clashes.",
        "Official figures contradicted the minister's claim that exports had grown.",
        '"We never said the reform would be painless," the minister said.',
        "Inflation Figures Not Final, Statistics Office Says",
    ],
)
def test_no_party_denying_a_claim(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_people_figures_still_deny(engine):
    text = "Senior figures in the party contradicted reports that the leader would resign."
    assert _deniers(text, engine), text


@pytest.mark.parametrize("engine", ENGINES)
def test_idea_that_is_still_a_claim(engine):
    text = "The minister rejected the idea that the new tax would hurt small farms."
    assert any(d and "minister" in d.lower() for d in _deniers(text, engine))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The fund manager rejects the senator's remarks about foreign investors.",
        "Critics dismissed him as a career politician with no new ideas.",
        "It directly contradicted what the coach had told reporters the week before.",
        "The memo appears to contradict the governor's testimony to the committee.",
        "He offered a qualification that negated what he had just promised.",
        "The group promotes causes such as vaccine denial and other conspiracy theories.",
        "Years of self-denial had left the monks thin and quiet.",
        "The allies vowed to deny the militants sanctuary in the border region.",
        "Some benefits that other workers have been denied will now be extended to them.",
        "You cannot discount how important the farm vote is, the strategist said.",
        "Could the early polls be misleading?",
        '"This debate is misleading," the professor said of the argument over the reports that crime had risen.',
    ],
)
def test_no_claim_denied_on_real_news_shapes(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The ministry rejected the ambassador's remarks as untrue.", "ministry"),
        ("The mayor rejected claims that the city had hidden the figures.", "mayor"),
        ("The former treasurer contradicted the minister's account of the meeting.", "treasurer"),
        ("The airline issued a blanket denial of the reports.", "airline"),
        ('Asked about the report that he had resigned, the senator said: "This whole thing is false."', "senator"),
    ],
)
def test_same_words_with_a_party_and_a_claim_stay_denials(engine, text, denier):
    found = _deniers(text, engine)
    assert any(d and denier in d.lower() for d in found), found


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The farmer says he was evicted without notice, a claim that the landlord's agent strongly disputes.", "agent"),
        ("The council's lawyer told the court that all of the claims in Okoro's complaint were false.", "lawyer"),
        ("The senator calls this a false narrative invented by his rivals.", "senator"),
        ("The coach dismissed critique of his tactics after the defeat.", "coach"),
        ("Company officials deny any links to the armed group, but activists say otherwise.", "officials"),
        ("The businessman has denied ties to the smuggling ring.", "businessman"),
    ],
)
def test_claims_in_longer_phrases(engine, text, denier):
    found = _deniers(text, engine)
    assert any(d and denier in d.lower() for d in found), found


@pytest.mark.parametrize("engine", ENGINES)
def test_doubled_apostrophes_as_quotes(engine):
    text = "The ministry said the report was ''completely untrue.''"
    assert _deniers(text, engine), text


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Police records show the figures in the mayor's speech are incorrect.",
        "Several reports reveal that the claims in the brochure were false.",
        "The inquiry found no sign of a denial of medical care to the prisoners.",
    ],
)
def test_proof_and_refusals_are_no_denials(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_party_saying_a_claim_is_false_stays(engine):
    text = "The minister said the claims in the brochure were false."
    assert any(d and "minister" in d.lower() for d in _deniers(text, engine))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ('The governor told reporters that claims she had used the state plane for holidays were "completely false".', "governor"),
        ('The bank said in a statement that allegations it had hidden losses from investors were "categorically untrue".', "bank"),
    ],
)
def test_claim_with_its_own_clause_called_false(engine, text, denier):
    found = _deniers(text, engine)
    assert any(d and denier in d.lower() for d in found), found


@pytest.mark.parametrize("engine", ENGINES)
def test_verdict_inside_the_claim_is_no_denial(engine):
    text = "Supporters of the candidate repeated claims that the election was fake."
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ('A spokesman for the militia, which holds the port, said reports that its men had burned the crops were "pure fabrications".', "spokesman"),
        ('The regulator, responding to a report by the broadcaster, said no fines had been waived and described the story as "misleading and inaccurate".', "regulator"),
        ("The school disputed the parents' account of the incident.", "school"),
        ("A club spokesman said the allegations had no basis in fact.", "spokesman"),
    ],
)
def test_reported_verdicts_and_second_verbs_keep_their_denier(engine, text, denier):
    found = _deniers(text, engine)
    assert any(d and denier in d.lower() for d in found), found


@pytest.mark.parametrize("engine", ENGINES)
def test_negated_fact_answering_a_named_claim(engine):
    text = '"We have never paid the inspectors anything," the builder said, responding to the allegations.'
    assert any(d and "builder" in d.lower() for d in _deniers(text, engine))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        '"We have never paid the inspectors anything," the builder said.',
        '"We will not give up," the coach said, responding to the criticism.',
        '"We did not expect the storm to hit so hard," the governor said in a statement.',
    ],
)
def test_negation_without_a_claim_answered(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The island is listed as a protected area, although the government disputes this.", "government"),
        ("Fact-checkers at the newspaper deemed those statements false.", "fact-checkers"),
    ],
)
def test_pointing_and_deeming(engine, text, denier):
    found = _deniers(text, engine)
    assert any(d and denier in d.lower() for d in found), found


@pytest.mark.parametrize("engine", ENGINES)
def test_rejecting_this_is_no_denial(engine):
    assert _deniers("The union rejected this, saying the offer was too low.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_name_then_verb_cue_tagged_noun(engine):
    text = "Brazil rebuts European criticism on deforestation; officials cite new satellite data."
    assert any(d and "brazil" in d.lower() for d in _deniers(text, engine))


@pytest.mark.parametrize("engine", ENGINES)
def test_possessed_proof_as_subject(engine):
    text = "The auditor's report, published on Monday, ended up discrediting the official version of events."
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The candidate disavows the ideology that his rivals find so toxic.",
        "The mayor disavowed violence of any kind at the rally.",
        "The book traces a journey from denial and anger to acceptance.",
    ],
)
def test_distancing_and_states_of_mind(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_denial_with_its_claim_stays(engine):
    text = "In a denial of the reports, the ministry said no soldiers had crossed the border."
    assert _deniers(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Club Strongly Denies Match-Fixing Allegations", "club"),
        ("Firm Hits Back at Claims It Dodged Taxes", "firm"),
    ],
)
def test_headline_subject_before_an_adverb_or_tagged_adjective(engine, text, denier):
    found = _deniers(text, engine)
    assert any(d and denier in d.lower() for d in found), found


@pytest.mark.parametrize("engine", ENGINES)
def test_one_denial_per_headline_verdict(engine):
    assert len(_deniers("Army Chief Dismisses Coup Rumours as 'Nonsense'", engine)) == 1


@pytest.mark.parametrize("engine", ENGINES)
def test_second_verb_after_and_shares_the_first_verbs_subject(engine):
    text = "He criticised the commission and rejected rumours that he would step down."
    found = _deniers(text, engine)
    assert found and not any(d and "commission" in d.lower() for d in found), found


@pytest.mark.parametrize("engine", ENGINES)
def test_a_letter_is_no_denier(engine):
    text = "The dean published a letter strongly disputing accusations that the students had cheated."
    assert not any(d and "letter" in d.lower() for d in _deniers(text, engine))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Company Denied Tax Break",
        "Team Denied Victory by Late Goal",
        "Bank Denies Loan to Struggling Carmaker",
    ],
)
def test_headline_refusals(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_headline_denied_claim_stays(engine):
    assert _deniers("Minister Denied Affair Claims", engine)
