"""Stop 40, e49: event recall on real political news (issue 14, dev batch 94).

Causes of missed events found in a hand-made gold of PolNeAR train articles, each checked through
the public API with our own sentences, beside traps of the same words that name no event: a bare
day between a request verb and its preposition ("called Monday for"), which spaCy's small model
also parses as a reduced relative on the subject (``newsmodel_spacy.finite_acl_repair``);
name-calling with a term of crime, the party called being the target and the term not; on the
rules engine, people released in an agentless passive, a verb after "but" sharing the first
verb's subject, and an -ing clause after the main clause taking its subject; "strikers" (on
strike) making no sport sentence.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, SPACY_ONLY, trigger_events


def _found(text: str, engine: str, kind: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [e for e in trigger_events(text, engine) if e[1] == kind]


_DAYS = st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "on Saturday", "again", "last week"])
_CALLERS = st.sampled_from([("Senator Okonkwo", "Okonkwo"), ("The opposition leader", "leader"), ("Governor Brandt", "Brandt")])


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(day=_DAYS, caller=_CALLERS)
@pytest.mark.parametrize("engine", ENGINES)
def test_a_day_between_call_and_for_keeps_the_request(engine: str, day: str, caller: tuple[str, str]) -> None:
    subject, word = caller
    found = _found(f"{subject} called {day} for a full audit of the port authority.", engine, "REQUEST")
    assert found and found[0][0].startswith("called") and any(word in a for a in found[0][2])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "A man called Oscar Lindqvist opened the bakery on Monday.",  # a name given
    ],
)
def test_call_naming_someone_is_no_request(engine: str, sentence: str) -> None:
    assert not _found(sentence, engine, "REQUEST")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "agent", "target"),
    [
        ("The governor called the smugglers thugs and gangsters.", "governor", "smugglers"),
        ("The senator branded the cartel bosses rapists.", "senator", "bosses"),
    ],
)
def test_a_crime_term_put_on_a_party_is_criticism_of_the_party(engine: str, sentence: str, agent: str, target: str) -> None:
    found = _found(sentence, engine, "ACCUSE")
    assert found
    _trigger, _kind, agents, targets = found[0]
    assert any(agent in a for a in agents)
    assert any(target in x for x in targets) and not any(x in ("thugs", "gangsters", "rapists") for x in targets)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_film_calling_its_hero_a_thug_is_no_criticism(engine: str) -> None:
    assert not _found("The novel calls its narrator a thug in the first chapter.", engine, "ACCUSE")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("The dissident was released from jail on Friday.", "dissident"),
        ("Six activists were freed after a week in custody.", "activists"),
    ],
)
def test_people_released_in_an_agentless_passive(engine: str, sentence: str, target: str) -> None:
    found = _found(sentence, engine, "RETREAT")
    assert found and any(target in x for x in found[0][3])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("sentence", ["The annual report was released on Friday.", "Their second album was released in June."])
def test_a_thing_released_is_no_retreat(engine: str, sentence: str) -> None:
    assert not _found(sentence, engine, "RETREAT")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_verb_after_but_shares_the_first_subject(engine: str) -> None:
    found = _found("The militia searched the trucks but freed the drivers.", engine, "RETREAT")
    assert found and any("militia" in a for a in found[0][2])


@pytest.mark.parametrize("engine", ENGINES)
def test_an_ing_clause_after_the_main_clause_takes_its_subject(engine: str) -> None:
    found = _found("The mayor spoke at length about the gang members, calling them cowards.", engine, "ACCUSE")
    assert found and any("mayor" in a for a in found[0][2])


@pytest.mark.parametrize("engine", ENGINES)
def test_strikers_make_no_sport_sentence(engine: str) -> None:
    found = _found("The minister rejected the demands of the strikers.", engine, "REJECT")
    assert found and any("minister" in a for a in found[0][2])


@SPACY_ONLY
def test_spacy_repair_keeps_a_caption_participle() -> None:
    """A participle that is no verb of request stays on its noun: no soldiers as attackers."""
    found = _found("Two soldiers killed Monday in an ambush.", "spacy", "ASSAULT")
    assert not any("soldiers" in a for _t, _k, agents, _g in found for a in agents)


@settings(max_examples=60, deadline=None)
@given(data=st.data(), n=st.integers(min_value=3, max_value=9))
def test_finite_acl_repair_leaves_a_tree(data: st.DataObject, n: int) -> None:
    """Whatever the tree, the repair leaves one: every word reaches one root, no cycle."""
    from newsmodel_spacy.finite_acl_repair import _is_tree, repair_finite_acl_roots

    heads: list[int | None] = [None]
    for k in range(1, n):
        heads.append(data.draw(st.integers(min_value=0, max_value=k - 1)))
    labels = [data.draw(st.sampled_from(["root", "acl", "nsubj", "obj", "obl", "nmod", "punct"])) for _ in range(n)]
    pos = [data.draw(st.sampled_from(["NOUN", "PROPN", "VERB", "ADP"])) for _ in range(n)]
    tags = [data.draw(st.sampled_from(["VBD", "VBN", "NN"])) for _ in range(n)]
    words = [data.draw(st.sampled_from(["called", "Monday", "senator", "for", "talks"])) for _ in range(n - 1)] + ["."]
    text = " ".join(words)
    starts, k = [], 0
    for w in words:
        starts.append(k)
        k += len(w) + 1
    ends = [s + len(w) for s, w in zip(starts, words)]
    lemmas = [w.lower() for w in words]
    # one line closed by a full stop: a body sentence, no title
    repair_finite_acl_roots(text, words, starts, ends, pos, lemmas, tags, heads, labels, [(0, n)])
    assert _is_tree(heads, 0, n)
