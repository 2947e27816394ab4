"""Issue 13, s18: the actor pass visits the tokens once, and its later steps only what that pass found.

The role-noun steps (:mod:`~newsmodel.extractors.indefinite_roles`,
:mod:`~newsmodel.extractors.role_people`), the body nouns
(:mod:`~newsmodel.extractors.body_agents`) and the title-case common words
each scanned every token of the document again.  The actor pass's one scan
(``actors._scan_tokens``) now collects their tokens too; these tests check
that its lists are exactly what each step's own scan finds, and that an
extraction gives the same Article either way.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.extractors import actors
from newsmodel.extractors.body_agents import body_nouns
from newsmodel.extractors.role_people import is_person_lemma, one_person_noun, person_lemmas

# invented sentences with role nouns, body nouns, groups, pronouns and capitalised commons
_WORDS = (
    "the a an spokeswoman businessman actress officials group council militia rebels armed local "
    "Ministry said she he his her him they Reuters Harbin Mensah ECOWAS Senator Ana Ruiz met an aide "
    "to senator Lena Okafor Police gunmen troops Coalition of factors . , Minister Tuesday"
).split()

_TEXTS = [
    "A spokeswoman for the ministry said on Tuesday that the aide had met the businessman. She added that he had left.",
    "An armed group attacked the convoy. The local council said the militia had withdrawn, and Okafor said she agreed.",
    "Lena Okafor met Ana Ruiz. Okafor said Ruiz had asked the Senator about the ECOWAS plan. Rebels shelled the town.",
]


def _old_lists(doc):  # type: ignore[no-untyped-def]
    """The three lists as the steps' own scans of every token found them before."""
    covered = {k for e in doc.entities for k in range(e.token_start, e.token_end)}
    roles = [t for t in doc.tokens if t.pos == "NOUN" and one_person_noun(t)]
    bodies = [t for t, lemma in zip(doc.tokens, doc.lowered_lemmas()) if lemma in body_nouns() and t.pos == "NOUN" and t.text[:1].islower()]
    commons = [
        t.i for t in doc.tokens
        if t.pos in ("NOUN", "ADJ") and t.i not in covered and len(t.text) > 2 and t.text[0].isupper() and t.text[1:].islower() and t.text.isalpha()
    ]
    return roles, bodies, commons


def _scan(doc):  # type: ignore[no-untyped-def]
    covered = {k for e in doc.entities for k in range(e.token_start, e.token_end)}
    return actors._scan_tokens(doc, doc.lowered_texts(), covered)


@pytest.mark.parametrize("text", _TEXTS)
def test_scan_finds_what_each_step_found(text: str) -> None:
    doc = newsmodel.get_engine("rules").annotate(text).check()
    scan = _scan(doc)
    assert (scan.role_nouns, scan.body_nouns, scan.capitalised_commons) == _old_lists(doc)


def test_the_sentences_hold_each_kind() -> None:
    scans = [_scan(newsmodel.get_engine("rules").annotate(text).check()) for text in _TEXTS]
    assert all(any(getattr(s, name) for s in scans) for name in ("role_nouns", "body_nouns"))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40))
def test_scan_finds_what_each_step_found_on_any_word_sequence(words: list[str]) -> None:
    doc = newsmodel.get_engine("rules").annotate(" ".join(words)).check()
    scan = _scan(doc)
    assert (scan.role_nouns, scan.body_nouns, scan.capitalised_commons) == _old_lists(doc)


@pytest.mark.parametrize("text", _TEXTS)
def test_extraction_same_without_the_scan_lists(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The steps called without the lists (their own scan, as a plugin would call them) give the same Article."""
    fast = newsmodel.extract(text, engine="rules")
    real = actors._scan_tokens

    def without_lists(doc, lowered, covered):  # type: ignore[no-untyped-def]
        return real(doc, lowered, covered)._replace(role_nouns=None, body_nouns=None)

    monkeypatch.setattr(actors, "_scan_tokens", without_lists)
    assert newsmodel.extract(text, engine="rules").model_dump_json() == fast.model_dump_json()


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.sampled_from(sorted(person_lemmas())), st.text(alphabet="abcdefghijklmnoprstuvwy", min_size=1, max_size=10)))
def test_person_lemmas_is_what_is_person_lemma_accepts(lemma: str) -> None:
    assert (lemma in person_lemmas()) == is_person_lemma(lemma)


# -- kept answers: the mention order by end, a word's gender -------------------------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20), st.sampled_from(["a1", "a2", "a3"])), max_size=25), st.integers(0, 90))
def test_mentions_before_nearest_end_first_ties_in_text_order(spans: list[tuple[int, int, str]], offset: int) -> None:
    from newsmodel.draft import Draft

    text = "x" * 100
    doc = newsmodel.get_engine("rules").annotate(text).check()
    draft = Draft(doc)
    ids = {name: draft.add_actor(name=name, kind="person").id for name in ("a1", "a2", "a3")}
    for start, length, name in spans:
        draft.add_mention(ids[name], start, min(100, start + length))
    window = [m for m in draft.mentions if m[1] <= offset and m[0] >= 0]
    assert draft.mentions_before(offset, limit=0) == sorted(window, key=lambda m: -m[1])


@pytest.mark.parametrize("word, gender", [("actress", "f"), ("Mrs.", "f"), ("Congressman", "m"), ("senator", None), ("Mr.", "m")])
def test_word_gender_kept_per_word(word: str, gender: str | None) -> None:
    from newsmodel.extractors.pronouns import word_gender

    assert word_gender(word) == gender and word_gender(word) == gender
