"""The CAMEO pattern index picks the pattern a scan of the whole verb block would pick.

``verb_code`` tries only the patterns that a verb's own arguments can reach
(filed by object, preposition, particle or subject word); these tests draw
argument sets from each block's own pattern words, plus words no pattern
names, and compare the result with trying every pattern of the block in order.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.extractors import cameo

BLOCKS = sorted(cameo._patterns())
NOISE = ["the", "said", "government", "talks", "zzz"]


def _cells(p):
    """(subject, particle, object, preposition, prepositional object) of a pattern."""
    return p[:5]


def _scan(block, particles, objects, preps, subjects, particle, lemma):
    for p in cameo._patterns()[block]:
        if p[8] and p[8] != lemma:
            continue  # written for another verb of the block
        if any(_cells(p)) and cameo._matches(p, particles, objects, preps, subjects, particle):
            return p
    return None


def _verbs(block):
    """The block's verbs that its patterns name, and one they do not."""
    return sorted({p[8] for p in cameo._patterns()[block] if p[8]} | {"zzz"})


def _words(block):
    pats = cameo._patterns()[block]
    return sorted({w for p in pats for w in (*_cells(p)[2], *_cells(p)[0], *_cells(p)[4])} | set(NOISE))


def _preps(block):
    return sorted({_cells(p)[3] for p in cameo._patterns()[block] if _cells(p)[3]} | {"of"})


def _particles(block):
    return sorted({_cells(p)[1] for p in cameo._patterns()[block] if _cells(p)[1]} | {"up"})


@st.composite
def arguments(draw):
    block = draw(st.sampled_from(BLOCKS))
    words = st.sampled_from(_words(block))
    objects = draw(st.sets(words, max_size=4))
    subjects = draw(st.sets(words, max_size=2))
    preps = draw(st.lists(st.tuples(st.sampled_from(_preps(block)), st.sets(words, max_size=2)), max_size=3))
    particles = draw(st.sets(st.sampled_from(_particles(block)), max_size=1))
    particle = draw(st.sampled_from(["", *_particles(block)]))
    lemma = draw(st.sampled_from(_verbs(block)))
    return block, particles, objects, preps, subjects, particle, lemma


@settings(max_examples=400, deadline=None)
@given(arguments())
def test_indexed_choice_equals_a_full_scan(args):
    assert cameo._first_match(*args) == _scan(*args)


def test_every_pattern_is_reachable_from_its_own_arguments():
    """Each pattern, given exactly the arguments it names, is found (it or an earlier one that also matches)."""
    for block, pats in cameo._patterns().items():
        for p in pats:
            subject, particle, obj, prep, pobj = _cells(p)
            objects, subjects = set(obj), set(subject)
            preps = [(prep, set(pobj))] if prep else []
            particles = {particle} if particle else set()
            args = (block, particles, objects, preps, subjects, "", p[8] or "zzz")
            found = cameo._first_match(*args)
            assert found is not None and found == _scan(*args)


def test_a_pattern_written_for_one_verb_is_not_tried_for_another():
    """'- * OFF [046]  # KICK': "kick off" opens talks; "fight off" is no consultation."""
    found = [p for p in cameo._patterns()["physical_conflict"] if p[1] == "off" and not p[2] and not p[3]]
    assert found and all(p[8] == "kick" for p in found)
    assert cameo._first_match("physical_conflict", {"off"}, set(), [], set(), "", "kick") in found
    assert cameo._first_match("physical_conflict", {"off"}, set(), [], set(), "", "fight") not in found
