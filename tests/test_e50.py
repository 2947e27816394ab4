"""No events on non-event sentences, and the lead's event leftovers (issue 14, helper e50 at stop 40,
dev batch 95):

* a release, an easing or a withdrawal its doer promises, pledges, agrees to, offers or commits
  to is CONCEDE, on the verb of commitment (``events/promised_retreats.py``); agreed between two
  parties, or mutual ("exchange prisoners"), it is their deal, AGREE; a promise to release figures
  is no event;
* the noun "ban" on a flow of trade is SANCTION (``events/trade_bans.py``);
* economic policy eased, blame of no one in particular and an act dated before 1900 are no event
  (``events/wire_senses.py``).

Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from ._engines import ENGINES, events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The militia promised to release the six kidnapped engineers by Sunday.", "militia"),
        ("The rebels agreed to hand over the captured soldiers to the Red Cross.", "rebels"),
        ("Vienna pledged to lift the curfew in the eastern districts.", "Vienna"),
        ("The junta offered to withdraw its troops from the border town.", "junta"),
        ("Belgrade committed to withdrawing its police from the northern villages.", "Belgrade"),
        ("Guerrillas Agree to Free Three Kidnapped Teachers", "guerrillas"),
    ],
)
def test_a_promised_retreat_is_a_concession(text: str, agent: str, engine: str) -> None:
    found = events(text, engine)
    assert [t for t, _a, _x in found] == ["CONCEDE"], found
    assert any(agent.lower() in a.lower() for a in found[0][1]), found


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Serbia and Kosovo agreed on Friday to reopen their shared border crossing.",
        "The army and the rebels agreed to exchange 200 prisoners each.",
        "The two governments struck a deal on Friday to reopen their border crossings.",
        "Both sides agreed to release all prisoners.",
    ],
)
def test_a_retreat_agreed_between_parties_is_their_deal(text: str, engine: str) -> None:
    found = types(text, engine)
    assert "AGREE" in found and "CONCEDE" not in found, found


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The statistics office promised to release the census figures in June.",
        "The singer pledged to release a second album next year.",
        "The central bank vowed to ease monetary policy if prices kept falling.",
        "The central bank eased interest rates on Thursday.",
        "Voters are tired of a cabinet that blames everyone except itself.",
        "The castle was captured by Norman knights in 1066 and is now a hotel.",
    ],
)
def test_no_retreat_and_no_party_is_no_event(text: str, engine: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_ban_on_imports_is_a_sanction(engine: str) -> None:
    found = events("Finland's ban on Russian timber imports came into force on Monday.", engine)
    assert [t for t, _a, _x in found] == ["SANCTION"], found
    assert "Finland" in found[0][1]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_ban_on_newspapers_stays_coercion(engine: str) -> None:
    assert types("The junta's ban on independent radio stations angered journalists.", engine) == {"COERCE"}


@pytest.mark.parametrize("engine", ENGINES)
def test_a_retreat_done_stays_retreat(engine: str) -> None:
    assert types("The militia released the six kidnapped engineers on Sunday.", engine) == {"RETREAT"}


_VERBS = ["promised", "pledged", "agreed", "offered"]
_ACTS = ["release the detained reporters", "lift the curfew", "withdraw its troops from the valley"]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_number_in_a_relative_clause_is_no_count_of_makers(engine: str) -> None:
    text = "The junta, which had held the reporter for two years, agreed on Monday to release her."
    assert "CONCEDE" in types(text, engine)


@settings(max_examples=12, deadline=None)
@given(verb=st.sampled_from(_VERBS), act=st.sampled_from(_ACTS))
def test_one_party_promising_a_retreat_never_gives_agree(verb: str, act: str) -> None:
    """Whatever the verb of commitment and the retreat, one party's promise is never read as AGREE."""
    found = types(f"The military government {verb} to {act}.", "rules")
    assert "AGREE" not in found and "CONCEDE" in found, found


def test_a_possessor_person_undergoes_a_release_rules() -> None:
    """Without a parse, the person before "'s release" / "'s arrest" with no of-phrase is the one
    released or arrested (target), never the agent (``events/undergone_acts.py``)."""
    for text, kind in (
        ("Mbeki's release from jail on Monday was welcomed by his lawyers.", "RETREAT"),
        ("Haddad's arrest at the border drew protests from rights groups.", "COERCE"),
    ):
        found = [e for e in events(text, "rules") if e[0] == kind]
        assert found, (text, events(text, "rules"))
        assert found[0][1] == [] and found[0][2] and found[0][2][0] in text, found


def test_a_possessor_body_of_a_release_with_an_of_phrase_acts_rules() -> None:
    found = [e for e in events("The militia's release of three aid workers surprised the mediators.", "rules") if e[0] == "RETREAT"]
    assert found and "militia" in found[0][1], found


@pytest.mark.parametrize("engine", ENGINES)
def test_the_goer_to_a_body_summit_is_its_agent(engine: str) -> None:
    """The party that travels to a body's summit meets; the body is its setting (``events/summit_attendees.py``)."""
    found = [e for e in events("The Ghanaian president flew to Abuja for a summit of the regional bloc.", engine) if e[0] == "CONSULT"]
    assert found and found[-1][1] and all("Ghan" in a for a in found[-1][1]), found  # never the bloc


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Two climbers reached the summit of Mount Elgon on Tuesday.",
        "The carrier's charge for extra luggage rose to 30 euros.",
    ],
)
def test_a_peak_and_a_price_are_no_event(text: str, engine: str) -> None:
    assert types(text, engine) == set()


def test_a_number_before_a_participle_counts_the_noun_after_it_rules() -> None:
    found = events("Police arrested three suspected poachers near the park on Monday.", "rules")
    assert found and found[0][0] == "COERCE" and found[0][2], found


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Perhaps Hungary will veto the sanctions package next month.",
        "Maybe the militia will attack the airport again.",
        "Lobbyists must register each time they meet a senator to discuss a bill.",
        "The mayor delivered a sharp message on his Instagram account.",
        "Donors spent months on the effort to push the minister to resign.",
    ],
)
def test_guesses_habits_own_pages_and_asked_acts_are_no_event(text: str, engine: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_real_act_beside_a_guess_stays(engine: str) -> None:
    assert types("Hungary vetoed the sanctions package on Monday.", engine) == {"REJECT"}


def test_a_thing_recorded_and_released_is_no_release_rules() -> None:
    assert types("He gave the remarks in a video filmed and released on Friday.", "rules") == set()


@settings(max_examples=10, deadline=None)
@given(adverb=st.sampled_from(["Perhaps", "Maybe", "Possibly"]), modal=st.sampled_from(["will", "could", "might"]))
def test_a_guessed_attack_is_never_an_event(adverb: str, modal: str) -> None:
    assert types(f"{adverb} the rebels {modal} attack the convoy near the border.", "rules") == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The letter, signed by 200 lawmakers, was sent to the minister.", "SUPPORT"),
        ("She weeps every time she recalls the villagers who were shot by the militia.", "ASSAULT"),
    ],
)
def test_counts_and_relative_clauses_are_no_history_or_habit(text: str, kind: str, engine: str) -> None:
    """A count after "by" is no year before 1900, and a who-clause after an "every time" clause
    reports its own act: the wire_senses checks leave both events as the lexicon reads them."""
    assert kind in types(text, engine)
