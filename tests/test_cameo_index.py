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


def _scan(block, particles, objects, preps, subjects, particle):
    for p in cameo._patterns()[block]:
        if (p.obj or p.prep or p.particle or p.subject) and cameo._matches(p, particles, objects, preps, subjects, particle):
            return p
    return None


def _words(block):
    pats = cameo._patterns()[block]
    return sorted({w for p in pats for w in (*p.obj, *p.subject, *p.pobj)} | set(NOISE))


def _preps(block):
    return sorted({p.prep for p in cameo._patterns()[block] if p.prep} | {"of"})


def _particles(block):
    return sorted({p.particle for p in cameo._patterns()[block] if p.particle} | {"up"})


@st.composite
def arguments(draw):
    block = draw(st.sampled_from(BLOCKS))
    words = st.sampled_from(_words(block))
    objects = draw(st.sets(words, max_size=4))
    subjects = draw(st.sets(words, max_size=2))
    preps = draw(st.lists(st.tuples(st.sampled_from(_preps(block)), st.sets(words, max_size=2)), max_size=3))
    particles = draw(st.sets(st.sampled_from(_particles(block)), max_size=1))
    particle = draw(st.sampled_from(["", *_particles(block)]))
    return block, particles, objects, preps, subjects, particle


@settings(max_examples=400, deadline=None)
@given(arguments())
def test_indexed_choice_equals_a_full_scan(args):
    assert cameo._first_match(*args) == _scan(*args)


def test_every_pattern_is_reachable_from_its_own_arguments():
    """Each pattern, given exactly the arguments it names, is found (it or an earlier one that also matches)."""
    for block, pats in cameo._patterns().items():
        for p in pats:
            objects, subjects = set(p.obj), set(p.subject)
            preps = [(p.prep, set(p.pobj))] if p.prep else []
            particles = {p.particle} if p.particle else set()
            args = (block, particles, objects, preps, subjects, "")
            found = cameo._first_match(*args)
            assert found is not None and found == _scan(*args)
