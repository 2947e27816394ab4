"""The CAMEO pattern lookups made quicker at stop 48 (issue 13, helper s34) answer as a plain reading does.

* :func:`cameo._first_match` looks the verb's argument words up in the filed index one
  argument at a time (no lists or tuples built per call); a plain reading scans every
  pattern of the block in trial order.  Both must pick the same pattern, for every
  pattern of the real lexicon spelled out as arguments and for random argument sets
  (hypothesis) drawn from the block's own words.
* :func:`cameo._may_match` (no parse) builds the passive subject's set only after a
  form of "be" or an adverb; a passive whose only pattern word is its subject
  ("The sanctions were lifted by ...") must still be read, and ``specific_verb_code``
  must equal ``verb_code`` kept when specific, on every verb of our sentences.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.extractors import cameo
from tests._engines import ENGINES


def _plain_first_match(block: str, particles: set[str], objects: set[str], preps: list[tuple[str, tuple[str, ...]]], subjects: set[str], particle: str, lemma: str) -> tuple | None:
    """Every pattern of ``block`` in trial order: the first with an argument, written for no
    other verb, that the arguments match."""
    for p in cameo._patterns().get(block, ()):
        if not any(p[:5]) or (p[8] and p[8] != lemma):
            continue
        if cameo._matches(p, particles, objects, preps, subjects, particle):
            return p
    return None


def _spelled_out(p: tuple) -> tuple[set[str], set[str], list[tuple[str, tuple[str, ...]]], set[str]]:
    """(particles, objects, preps, subjects) holding the first word of each argument ``p`` names."""
    subject, particle, obj, prep, pobj = p[:5]
    preps = [(prep, (pobj[0],) if pobj else ("zq",))] if prep else []
    return ({particle} if particle else set()), ({obj[0]} if obj else set()), preps, ({subject[0]} if subject else set())


BLOCKS = sorted(cameo._patterns())


def test_every_pattern_picks_what_a_plain_scan_picks() -> None:
    checked = 0
    for block in BLOCKS:
        for p in cameo._patterns()[block]:
            if not any(p[:5]):
                continue
            particles, objects, preps, subjects = _spelled_out(p)
            for lemma in {p[8] or "zq", "zq"}:
                for particle in ("", *particles):
                    got = cameo._first_match(block, particles, objects, preps, subjects, particle, lemma)
                    assert got == _plain_first_match(block, particles, objects, preps, subjects, particle, lemma), (block, p)
                    checked += 1
    assert checked > 4000  # every pattern of the lexicon was tried


def _block_words(block: str) -> list[str]:
    words: dict[str, None] = {"zq": None}
    for p in cameo._patterns()[block]:
        subject, particle, obj, prep, pobj = p[:5]
        words.update(dict.fromkeys((*subject, *obj, *pobj, *((particle,) if particle else ()), *((prep,) if prep else ()))))
    return list(words)


@st.composite
def arguments(draw) -> tuple:
    block = draw(st.sampled_from(BLOCKS))
    words = st.sampled_from(_block_words(block))
    lemmas = ["zq", *{p[8] for p in cameo._patterns()[block] if p[8]}]
    particles = draw(st.sets(words, max_size=2))
    objects = draw(st.sets(words, max_size=4))
    preps = draw(st.lists(st.tuples(words, st.lists(words, max_size=3).map(tuple)), max_size=3))
    subjects = draw(st.sets(words, max_size=3))
    particle = draw(st.sampled_from(["", *sorted(particles)]))
    return block, particles, objects, preps, subjects, particle, draw(st.sampled_from(lemmas))


@settings(max_examples=400, deadline=None)
@given(arguments())
def test_random_arguments_pick_what_a_plain_scan_picks(args: tuple) -> None:
    assert cameo._first_match(*args) == _plain_first_match(*args)


OURS = [
    "The sanctions were lifted by the council on Friday.",
    "The sanctions were quietly lifted by the council on Friday.",
    "The troops were withdrawn by the ministry in March.",
    "The prisoners were released by the rebels after the talks.",
    "The council lifted its objection on Friday.",
    "The museum was lifted by a crane onto the lorry.",
    "Later the envoy met the rebels and pulled out of the talks.",
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", OURS)
def test_quick_answer_is_the_plain_one(text: str, engine: str) -> None:
    doc = newsmodel.annotate(text, engine=engine)
    for t in doc.tokens:
        vc = cameo.verb_code(doc, t)
        assert cameo.specific_verb_code(doc, t) == (vc if vc is not None and vc.specific else None), t.text


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", OURS[:4])
def test_passive_subject_is_still_read(text: str, engine: str) -> None:
    """The pattern word is the passive's subject only: the quick path must not rule the verb out."""
    doc = newsmodel.annotate(text, engine=engine)
    verb = next(t for t in doc.tokens if t.pos == "VERB")
    assert cameo.specific_verb_code(doc, verb) is not None
    assert "RETREAT" in {e.type for e in newsmodel.extract(text, engine=engine).events}


@pytest.mark.parametrize("engine", ENGINES)
def test_a_lift_with_no_pattern_word_reads_no_pattern(engine: str) -> None:
    text = OURS[5]
    doc = newsmodel.annotate(text, engine=engine)
    verb = next(t for t in doc.tokens if t.pos == "VERB")
    assert verb.text == "lifted" and cameo.specific_verb_code(doc, verb) is None
    assert "AGREE" not in {e.type for e in newsmodel.extract(text, engine=engine).events}
