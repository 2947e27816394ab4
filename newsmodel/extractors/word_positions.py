"""The positions of a word list's words in a token column, found without a Python step per token.

Some actor passes (``civic_bodies``, ``place_groups``) walk every token of a document to find
the few whose lower-case text or lemma is in one small word list, and test only those further.
The walk itself was most of their time: a Python loop iteration per token, for a handful of hits
an article.

:func:`positions` yields the same indices, in the same order, as that walk's membership test
would pass, but the test runs inside C: ``map`` calls the set's own ``__contains__`` on each
entry of the column and ``itertools.compress`` keeps the indices where it said yes.  So each
pass's loop now visits only its candidates and everything after the word test is unchanged
(issue 13, helper s29 at stop 47).  It pays where the loop's own word test was not already its
first and only cheap test: measured against the loop it replaced on 300 PolNeAR train texts,
``add_civic_bodies`` (two word lists) and ``add_place_groups`` spent about half and two thirds of
their time; ``country_epithets`` and ``country_back_references`` gained nothing and keep their
loops, and the actors' own token scan (``actors._scan_tokens``, several lists and part-of-speech
tests at once) was slower built from such column passes.
"""

from __future__ import annotations

from collections.abc import Container, Iterator, Sequence
from itertools import compress, islice


def positions(words: Container[str], column: Sequence[str], start: int = 0) -> Iterator[int]:
    """The indices ``i >= start`` of ``column`` whose entry is in ``words``, in order.

    ``[i for i in range(start, len(column)) if column[i] in words]``, with the test made in C."""
    return compress(range(start, len(column)), map(words.__contains__, islice(column, start, None)))
