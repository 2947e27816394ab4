"""Start-up tables read in one pass give what the earlier readers gave (issue 13, helper s26, stop 44).

The headline vocabulary (``newsmodel.engines.headline_vocabulary``) reads WordNet's common words once
for its two tables (the words and their parts of speech, and the words WordNet lists only as
names) instead of once for each; this checks the tables equal those of the two-pass reading they
replace, entry for entry and in the same order, and that a headline is recased the same whichever
table is asked first. Speed is measured in ``docs/performance.md``, not here.
"""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.engines import headline_vocabulary as hv
from newsmodel.engines.headline_case import normalise_headlines


def _two_pass_tables() -> tuple[dict[str, str], frozenset[str]]:
    """The tables as the module built them before (two passes over the file's rows)."""
    text = resources.files("newsmodel.lexicons").joinpath("common_words_wordnet.tsv").read_text(encoding="utf-8")

    def table():
        for line in text.splitlines():
            if line and line[0] != "#":
                w, p = line.split("\t", 2)[:2]
                yield w, p

    names = hv._name_words()
    english = {w: p for w, p in table() if p != "name" and w not in names}
    return english, frozenset(w for w, p in table() if p == "name")


def test_one_pass_tables_equal_the_two_pass_ones():
    english, wordnet_names = _two_pass_tables()
    assert hv._english() == english
    assert list(hv._english()) == list(english)  # the same order too
    assert hv._wordnet_names() == wordnet_names
    assert "gates" in hv._wordnet_names() and "wheat" in hv._english()


def test_names_table_read_alone_is_the_same():
    # a process that asks for the names before the words reads the file for them itself
    code = (
        "from newsmodel.engines import headline_vocabulary as h; "
        "n = h._wordnet_names(); e = h._english(); print(len(n), len(e), n == h._read_table()[1], 'gates' in n)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    english, wordnet_names = _two_pass_tables()
    assert out == [str(len(wordnet_names)), str(len(english)), "True", "True"]


_REFERENCE = _two_pass_tables()
_ROW_WORDS = sorted({*_REFERENCE[0], *_REFERENCE[1], *hv._name_words()})


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_ROW_WORDS), st.sampled_from(["", "s", "es", "ed", "ing", "-hit"]))
def test_each_word_reads_as_in_the_two_pass_tables(word, ending):
    english, wordnet_names = _REFERENCE
    w = word + ending
    assert hv._english().get(w) == english.get(w)
    assert (w in hv._wordnet_names()) == (w in wordnet_names)


def test_a_headline_is_recased_as_before():
    line = "FERRIES CARRY BARLEY TO FAMINE-HIT PORTS AS GATES SHIPS GRAIN"
    out = normalise_headlines(line)
    assert len(out) == len(line) and out.lower() == line.lower()
    assert "barley" in out and "Gates" in out


def test_cameo_needed_words_anywhere_are_both_sides_merged():
    # a verb's "anywhere" words share one side's dictionary when the other side has none; the
    # words and their order are those of the merged copy it replaced
    from newsmodel.extractors import cameo

    after, subject, anywhere = cameo._needs()
    assert set(anywhere) == set(after) | set(subject)
    for lemma, words in anywhere.items():
        merged = {**after.get(lemma, {}), **subject.get(lemma, {})}
        assert list(words) == list(merged), lemma
    assert any(anywhere[v] is after[v] for v in anywhere if v in after and v not in subject)
