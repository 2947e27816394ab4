"""Stop 47 (helper s30, issue 13): the word gates and per-document memos give the answers of the
direct computation they stand in for.

* :func:`senses.pre_pattern_gates` lets a check of the chain before the CAMEO patterns be asked
  only of the words its gate admits: on the dev sentences every call of
  ``_own_or_pattern_sense`` (and every verb of the sentence asked as an unclaimed trigger) must
  give the same sense with the gates as with every gate open.  A gate narrower than its check's
  own first guard fails here.
* :class:`word_gates.GateTable`'s memo must give :meth:`GateTable.direct`'s answer.
* :func:`non_event_senses._sentence_words` (kept per document) must give the sentence's words as
  made afresh, and :func:`share_sources._is_share` the old per-token expression.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.extractors.events import non_event_senses, senses
from newsmodel.extractors.events.word_gates import GateTable, WordGate
from newsmodel.extractors import screens
from newsmodel.extractors.statements import share_sources
from newsmodel.pipeline import get_engine

from ._engines import ENGINES

_DEV = Path(__file__).parent / "data" / "events_dev.tsv"


def _dev_rows() -> list[str]:
    return [line.split("\t")[0] for line in _DEV.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


class _Everything:
    """Holds every name: with it as the open gates every check of the chain is asked."""

    def __contains__(self, _name: object) -> bool:
        return True


class _AllOpen:
    """A gate table whose every gate admits every word."""

    def open_for(self, _lemma: str, _low: str) -> _Everything:
        return _Everything()


@pytest.mark.parametrize("engine", ENGINES)
def test_gates_give_the_whole_chains_sense(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call of ``_own_or_pattern_sense`` during extraction of the dev sentences, and every
    verb of its sentence asked with no curated trigger, gets the same sense with the gates as with
    every gate open; and the gates do keep checks from being asked (some word is closed to some
    gate)."""
    rows = _dev_rows() if engine == "rules" else _dev_rows()[::8]
    gates = senses.pre_pattern_gates()
    real = senses._own_or_pattern_sense
    seen = {"calls": 0, "verbs": 0, "closed": 0}
    swept: set[tuple[int, int]] = set()

    def both(doc, draft, t, curated):  # type: ignore[no-untyped-def]
        got = real(doc, draft, t, curated)
        monkeypatch.setattr(senses, "_GATES", _AllOpen())
        try:
            whole = real(doc, draft, t, curated)
            assert got == whole, (t.text, curated, doc.text)
            if (id(doc), t.sent) not in swept:
                swept.add((id(doc), t.sent))
                sent = doc.sentences[t.sent]
                for v in doc.tokens[sent.token_start : sent.token_end]:
                    if v.pos != "VERB":
                        continue
                    monkeypatch.setattr(senses, "_GATES", gates)
                    short = real(doc, draft, v, None)
                    monkeypatch.setattr(senses, "_GATES", _AllOpen())
                    assert short == real(doc, draft, v, None), (v.text, doc.text)
                    seen["verbs"] += 1
        finally:
            monkeypatch.setattr(senses, "_GATES", gates)
        seen["calls"] += 1
        seen["closed"] += len(gates.open_for(t.lemma.lower(), t.text.lower())) < len(gates.gates)
        return got

    monkeypatch.setattr(senses, "_own_or_pattern_sense", both)
    for text in rows:
        newsmodel.extract(text, engine=engine)
    assert seen["calls"] > 300 and seen["verbs"] > 300 and seen["closed"] > 300, seen


def test_gates_hold_the_unclaimed_verbs_lemmas() -> None:
    """A gated check that can act on a verb no lexicon row claims has its lemmas in
    :func:`senses._argument_lemmas`, so such a verb is not sent the short way past it
    (``tests/test_s13.py``); "charge" is read only with a curated ACCUSE."""
    lemmas = senses._argument_lemmas()
    for name, gate in senses.pre_pattern_gates().gates.items():
        assert gate.lemmas - {"charge"} <= lemmas, name
        assert gate.texts <= senses._ARGUMENT_FORMS, name


def test_disrupt_gate_admits_the_disrupt_test() -> None:
    """The "disrupt" gate admits every word :func:`senses._disrupt_verb` passes (by lemma and by a
    written form the lemmatiser left unfinished), and no other on this text."""
    doc = get_engine("rules").annotate("Protesters interrupted the speech. Hecklers disrupted it and interrupting was common. They spoke.")
    gates = senses.pre_pattern_gates()
    for t in doc.tokens:
        assert ("disrupt" in gates.open_for(t.lemma.lower(), t.text.lower())) == senses._disrupt_verb(t), t.text
    assert any(senses._disrupt_verb(t) for t in doc.tokens)


def _inflected(word: str) -> list[str]:
    out = [word, word + "s", word + "ed", word + "ing", word + "d", word[:-1] + "ing", word + word[-1] + "ed"]
    if word.endswith("y"):
        out += [word[:-1] + "ies", word[:-1] + "ied"]
    return out


def _gate_words() -> list[str]:
    words: set[str] = set()
    for gate in senses.pre_pattern_gates().gates.values():
        words |= gate.lemmas | gate.texts
    return sorted({f for w in words if w for f in _inflected(w)} | {"say", "the", "ordere", "interrupte", ""})


@settings(max_examples=300)
@given(st.data())
def test_gate_memo_is_the_direct_answer(data: st.DataObject) -> None:
    """The memo of :class:`GateTable` gives :meth:`GateTable.direct`'s names, asked first and again,
    for lemma and text pairs made of the gates' own words and their inflections."""
    words = _gate_words()
    table = GateTable(senses.pre_pattern_gates().gates, limit=7)  # a small memo, emptied as it fills
    for _ in range(data.draw(st.integers(1, 20))):
        lemma, low = data.draw(st.sampled_from(words)), data.draw(st.sampled_from(words))
        direct = table.direct(lemma, low)
        assert table.open_for(lemma, low) == direct
        assert table.open_for(lemma, low) == direct
        assert direct == {n for n, g in table.gates.items() if lemma in g.lemmas or low in g.texts or g.forms and senses.base_form(low, g.lemmas) is not None}


def test_word_gate_reads_forms_only_when_declared() -> None:
    """A gate with ``forms`` admits a written form whose base form is a lemma of it; one without
    admits lemmas and declared texts alone."""
    by_form = WordGate(frozenset({"interrupt"}), forms=True)
    by_lemma = WordGate(frozenset({"interrupt"}), texts=frozenset({"interrupts"}))
    assert by_form.admits("interrupte", "interrupted") and not by_lemma.admits("interrupte", "interrupted")
    assert by_lemma.admits("interrupt", "x") and by_lemma.admits("x", "interrupts")
    assert not by_form.admits("say", "said")


_FILLER = ("the", "said", "38", "percent", "Two", "in", "five", "forty-two", "Forty-Two", "2015", "25%", "majority", "of",
           "nurses", ",", "and", "say", "Protesters", "rallied", "Minister", "twenty-one", "-", "one-", "third", "polled")


@settings(max_examples=150)
@given(st.lists(st.sampled_from(_FILLER), min_size=1, max_size=30))
def test_sentence_words_and_share_test_are_the_direct_ones(words: list[str]) -> None:
    """Per sentence, the kept words equal the words made afresh (asked twice, and again for a
    second document); each token's share test equals the old per-token expression."""
    text = " ".join(words) + ". " + " ".join(reversed(words)) + "."
    for doc in (get_engine("rules").annotate(text), get_engine("rules").annotate(text + " They said.")):
        for s in range(len(doc.sentences)):
            sent = doc.sentences[s]
            direct = set(doc.lowered_texts()[sent.token_start : sent.token_end]) | set(doc.lowered_lemmas()[sent.token_start : sent.token_end])
            assert non_event_senses._sentence_words(doc, s) == direct
            assert non_event_senses._sentence_words(doc, s) == direct
        for j, t in enumerate(doc.tokens):
            low = t.text.lower()
            old = low.endswith("%") or low in share_sources._share_nouns() or (
                not (len(low) == 4 and low.isdigit()) if t.pos == "NUM" else all(p in share_sources._NUMBER_WORDS for p in low.split("-")))
            assert share_sources._is_share(doc, j) == old, t.text


_PIECES = ("mis", "Mis", "distort", "TWIST", "made", "make", "cook", "a.b", "(x)", "İ", "ı", "ſ", "any", "who", " ", "wrong", "x", "\n", "fabricat", "ſome")


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=20), st.lists(st.sampled_from(("mis", "distort", "make", "a.b", "(x)", "any", "who", "wrong", "s", "i", "x y")), max_size=6), st.data())
def test_holds_any_is_the_per_needle_find(pieces: list[str], needles: list[str], data: st.DataObject) -> None:
    """:func:`screens.holds_any` with a tuple of needles (one alternation) answers as the finds it
    replaced, on every span, with texts the screen folds and texts it does not."""
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    low = text[start:end].lower()
    old = any(low.find(w) >= 0 for w in needles)
    assert screens.holds_any(text, start, end, tuple(needles)) == old
    assert screens.holds_any(text, start, end, list(needles)) == old
