"""Event precision on real political news, rules-weighted (stop 43, e64; dev batch 115): word senses
the rules engine coded as acts -- "agree with" a view, "be committed to" a stance, "argue" + a clause,
a tally "reported", a trend "targeted", a MOBILIZE with nothing military or police in its sentence --
each beside a real event of the same words.

Our own sentences, of the shapes found in a hand judgment of every rules event on PolNeAR train
(random.Random(620).sample(train, 40)[:12]) and of the train-wide events of the same words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, trigger_events, types


def _triggered(text: str, trigger: str, engine: str = "rules") -> list[str]:
    """The types of the events of ``text`` whose trigger starts with ``trigger``."""
    return [kind for trig, kind, _a, _t in trigger_events(text, engine) if trig.lower().startswith(trigger)]


# ---- views agreed with (shared_views.agrees_on_a_view, the reporting aside, the degree)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Few economists agree with the treasurer that the levy is fair.",
        "Some of the older pastors agree with her, Delgado said on Sunday.",
        "The coach is agreeing with us 90 percent now.",
    ],
)
def test_a_view_agreed_with_is_no_agreement(text: str, engine: str) -> None:
    assert "AGREE" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_terms_agreed_with_a_party_stay(engine: str) -> None:
    """A that-clause with "will" states terms: AGREE."""
    assert "AGREE" in _triggered("Norway agreed with Sweden that the two coast guards will share radar data.", "agreed", engine)


# ---- a stance held (held_commitments)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor is fully committed to keeping the libraries open, her office said.",
        "We remain committed to lowering fares, the transport minister said.",
        "The party, committed to cutting taxes, lost the vote.",
    ],
)
def test_rules_be_committed_to_is_a_stance(text: str) -> None:
    assert "AGREE" not in types(text, "rules")


def test_rules_a_commitment_made_stays() -> None:
    assert "AGREE" in _triggered("Kenya committed to sending 300 medics to the flooded region.", "committed")


@settings(max_examples=15, deadline=None)
@given(adverb=st.sampled_from(["", "deeply ", "firmly ", "totally ", "really, totally "]), copula=st.sampled_from(["is", "was", "remains", "seems"]))
def test_rules_no_adverb_turns_a_held_stance_into_a_pledge(adverb: str, copula: str) -> None:
    text = f"The governor {copula} {adverb}committed to rebuilding the harbour."
    assert "AGREE" not in types(text, "rules")


# ---- a claim argued (argued_claims)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The economist argued that the new tariff would raise food prices.",
        "The envoy went on, arguing the treaty could weaken the alliance.",
    ],
)
def test_argue_with_a_clause_is_a_claim(text: str, engine: str) -> None:
    assert not _triggered(text, "argu", engine)


def test_rules_an_act_beside_an_argued_claim_stays() -> None:
    assert "ACCUSE" in _triggered("The union condemned the layoffs, arguing they would hurt the town.", "condemned")


# ---- a tally reported (reported_tallies)


@settings(max_examples=10, deadline=None)
@given(count=st.sampled_from(["12", "no", "dozens of", "a total of 58", "1,400"]), noun=st.sampled_from(["attacks", "arrests", "killings"]))
def test_rules_a_tally_reported_is_no_act_of_the_reporter(count: str, noun: str) -> None:
    assert not _triggered(f"City police reported {count} {noun} in the district last year.", "reported")


def test_rules_an_act_in_a_reported_clause_stays() -> None:
    assert "ASSAULT" in _triggered("The army reported that insurgents attacked a checkpoint near the dam.", "attacked")


# ---- a trend targeted (targeted_trends)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    ["Italy targets a sharp rise in online scams.", "The regulator took aim at a spate of misleading loan adverts."],
)
def test_a_trend_targeted_is_no_attack(text: str, engine: str) -> None:
    assert not (types(text, engine) & {"ASSAULT", "ACCUSE"})


def test_rules_a_party_targeted_stays() -> None:
    assert "ASSAULT" in _triggered("Government warplanes targeted militia bases east of the river.", "targeted")


# ---- a MOBILIZE needs forces or arms (unarmed_moves)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The bank deployed new fraud software at all of its branches.",
        "The council formed a task force on homelessness.",
        "The charity deployed 40 volunteers to the flooded villages.",
    ],
)
def test_a_civilian_move_is_no_mobilization(text: str, engine: str) -> None:
    assert "MOBILIZE" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_forces_moved_stay_mobilize(engine: str) -> None:
    assert "MOBILIZE" in types("India deployed 2,000 soldiers to the northern border.", engine)


# ---- a state endangered (endangered_states)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The mayor warned that the strike could threaten the city's recovery.",
        "Many shopkeepers feel threatened by the new bypass.",
        "The rebels do not threaten the region's stability, the envoy said.",
    ],
)
def test_a_state_endangered_is_no_threat(text: str, engine: str) -> None:
    assert "THREATEN" not in _triggered(text, "threat", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    ["Turkey threatened to close the border crossing.", "The cartel threatened the reporters with violence."],
)
def test_real_threats_stay(text: str, engine: str) -> None:
    assert "THREATEN" in _triggered(text, "threatened", engine)
