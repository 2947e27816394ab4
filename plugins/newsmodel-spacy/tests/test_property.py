"""Property test: any unicode text converts to a document that passes ``check()``."""

from __future__ import annotations

from helpers import assert_invariants
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

NEWSY = st.lists(
    st.sampled_from(["Putin", "said", "“", "”", "’s", "\n\n", " ", "  ", "\t", "on", "Iran", ".", ",", "—", "by", "U.S.", "\u00a0", "―", "‘", "é", "😀"]),
    max_size=40,
).map("".join)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_unicode_converts(engine, text):
    assert_invariants(engine.annotate(text))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY)
def test_newsy_fragments_convert(engine, text):
    assert_invariants(engine.annotate(text))
