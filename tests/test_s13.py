"""Stop 33 (helper s13, issue 13): output-identical speed-ups hold to what they replace.

Each cut swaps a per-word or per-span test for a cheaper one that must give the same answer:
a screen may say "maybe" where the old test says no, never "no" where it says yes; a memo or an
index must give exactly the old list.  These tests generate text around the lexicons' own cue
words (in the inflections and cases news text writes them) and compare the new code with the
old expression it replaced, written out here.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.document import AnnotatedDocument
from newsmodel.extractors import denials
from newsmodel.extractors.denial_forms import base_form
from newsmodel.extractors.screens import folded
from newsmodel.pipeline import get_engine

#: Plain words around the cues: subjects, objects, function words.
_FILLER = ("the", "minister", "said", "that", "report", "was", "a", "claims", "on", "Monday", "they", "it", "we",
           "government", "of", "and", "officials", "story", "false", ",", ".", "he", "has", "had", "did")


def _inflections(word: str) -> list[str]:
    """``word`` as written in news text: base, -s/-es/-ies, -ed/-ied, -ing, a doubled consonant."""
    out = [word, word + "s", word + "es", word + "ed", word + "ing", word + word[-1] + "ed", word + word[-1] + "ing"]
    if word.endswith("y"):
        out += [word[:-1] + "ies", word[:-1] + "ied"]
    if word.endswith("e"):
        out += [word + "d", word[:-1] + "ing"]
    return out


def _cue_forms() -> list[str]:
    return sorted({f for w in denials._cue_first_words() for f in _inflections(w)})


def _cased(word: str, how: int) -> str:
    return (word, word.upper(), word.title(), word.capitalize())[how]


@st.composite
def _cue_text(draw: st.DrawFn) -> str:
    """Sentences whose words are cue forms (in any case) and filler, some near-misses included."""
    forms = _cue_forms()
    words = draw(st.lists(st.one_of(st.sampled_from(forms), st.sampled_from(_FILLER), st.sampled_from([f[:-1] for f in forms])), min_size=1, max_size=40))
    cases = draw(st.lists(st.integers(0, 3), min_size=len(words), max_size=len(words)))
    return " ".join(_cased(w, c) for w, c in zip(words, cases)) + "."


def _old_starts(doc: AnnotatedDocument, first_words: frozenset[str]) -> list:
    """The expression :func:`denials.cue_start_tokens` replaced."""
    lowered = doc.lowered_texts()
    return [
        t for t, low, lemma in zip(doc.tokens, lowered, doc.lowered_lemmas())
        if low in first_words or lemma in first_words or denials._misread_form(t, low, first_words)
    ]


@settings(max_examples=150)
@given(_cue_text())
def test_cue_start_tokens_are_the_per_word_test(text: str) -> None:
    """The memo of written forms gives the tokens the per-word test gives, in order, on text
    full of the cue words' inflections in every case (and their first letters cut short)."""
    doc = get_engine("rules").annotate(text)
    first = denials._cue_first_words()
    assert denials.cue_start_tokens(doc, doc.lowered_texts(), first) == _old_starts(doc, first)
    # asked twice, the second time from the memo alone
    assert denials.cue_start_tokens(doc, doc.lowered_texts(), first) == _old_starts(doc, first)


def test_cue_start_tokens_find_misread_forms() -> None:
    """A title-case headline verb whose written form only inflects a cue ("Dismisses") is a start,
    so the memo keeps :func:`_misread_form`'s answers, not only the cue words themselves."""
    doc = get_engine("rules").annotate("Bank Dismisses Claims Of Fraud\n\nThe bank rebutted the report.")
    first = denials._cue_first_words()
    got = [t.text for t in denials.cue_start_tokens(doc, doc.lowered_texts(), first)]
    assert "Dismisses" in got and "rebutted" in got
    assert base_form("dismisses", first) == "dismiss"
    assert got == [t.text for t in _old_starts(doc, first)]


#: Pieces of a negated past fact in the forms, cases and apostrophes quotes carry, and near-misses.
_NEGATION_PIECES = ("did not", "DID NOT", "Was Not", "have never", "We never", "I NEVER", "didn't", "Didn’t", "WASN'T",
                    "hasn’t", "don't", "isn`t", "knot", "nothing", "nevertheless", "it never", "are  not", "is\nnot",
                    "can't", "won’t", "the", "sold", "weapons", ",", "\"", "“", "”", "Never", "NOT", "t", "n", "'", "’")


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_NEGATION_PIECES), min_size=1, max_size=25), st.data())
def test_past_negation_screen_never_hides_a_match(pieces: list[str], data: st.DataObject) -> None:
    """Wherever ``_PAST_NEGATION`` matches in a span, the screen lets the span through."""
    text = " ".join(pieces)
    low = folded(text)
    if low is None:
        return  # no screen is used for such a text
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    if denials._PAST_NEGATION.search(text, lo, hi) is not None:
        assert denials.may_hold_past_negation(low, lo, hi)


def test_past_negation_screen_reads_the_pattern_it_guards() -> None:
    """The screen's four strings are what every branch of the pattern must contain: if the
    pattern grows a branch without "not", "never" or an apostrophe before "t", this fails."""
    source = denials._PAST_NEGATION.pattern
    assert denials._PAST_NEGATION.flags & re.IGNORECASE
    branches = ("never", r"\s+not", "['’]t")
    for b in branches:
        assert b in source
    # three alternatives at the top of the group, each ending in one of the branches
    assert source.count("|(?:") == 2
    assert denials.may_hold_past_negation("we didn’t sell", 0, 14)
    assert not denials.may_hold_past_negation("we sold none", 0, 12)


# -- events: verbs no check before the CAMEO patterns reads go straight to them -------------------

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

import newsmodel  # noqa: E402
from newsmodel.extractors.events import senses  # noqa: E402

from ._engines import ENGINES  # noqa: E402

_DEV = Path(__file__).parent / "data" / "events_dev.tsv"


class _Everything:
    """A set that holds every word: with it as :data:`senses._ARGUMENT_LEMMAS` no verb takes the
    short way, so the whole chain of checks is asked, as before the cut."""

    def __contains__(self, _word: object) -> bool:
        return True


def _dev_rows() -> list[str]:
    return [line.split("\t")[0] for line in _DEV.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize("engine", ENGINES)
def test_short_way_gives_the_whole_chains_sense(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """On every dev sentence, every call of ``_own_or_pattern_sense`` the events extractor makes
    (every verb and every curated trigger) gets the same sense with the short way as with the whole
    chain of checks; and so does every verb of the sentence asked as a trigger no lexicon row
    claims.  Spacy reads a few hundred rows, rules all of them."""
    rows = _dev_rows()
    if engine == "spacy":
        rows = rows[::8]
    full = _Everything()
    real = senses._own_or_pattern_sense
    asked = {"calls": 0, "short": 0}

    def both(doc, draft, t, curated):  # type: ignore[no-untyped-def]
        got = real(doc, draft, t, curated)
        lemmas, memo, conflict_only = senses._argument_lemmas(), senses._PLAIN_VERBS, senses._CONFLICT_ONLY

        def short_way(on: bool) -> None:
            # the per-word answers (s16) are kept apart: with the short way off they are all "no",
            # and no verb takes the conflict-only way either
            monkeypatch.setattr(senses, "_ARGUMENT_LEMMAS", lemmas if on else full)
            monkeypatch.setattr(senses, "_PLAIN_VERBS", memo if on else {})
            monkeypatch.setattr(senses, "_CONFLICT_ONLY", conflict_only if on else frozenset())

        short_way(False)
        try:
            whole = real(doc, draft, t, curated)
            for v in doc.tokens[doc.sentences[t.sent].token_start : doc.sentences[t.sent].token_end]:
                if v.pos == "VERB" and (v.lemma.lower() not in lemmas or v.lemma.lower() in conflict_only):
                    short_way(True)
                    short = real(doc, draft, v, None)
                    short_way(False)
                    assert short == real(doc, draft, v, None), (v.text, doc.text)
                    asked["short"] += 1
        finally:
            short_way(True)
        assert got == whole, (t.text, curated, doc.text)
        asked["calls"] += 1
        return got

    monkeypatch.setattr(senses, "_own_or_pattern_sense", both)
    for text in rows:
        newsmodel.extract(text, engine=engine)
    assert asked["calls"] > 500 and asked["short"] > 500


def test_argument_lemmas_hold_each_checks_gate() -> None:
    """Spot checks that the set holds the words the checks before the CAMEO patterns open with
    (a check's gate dropped from the set makes the comparison above fail on the dev rows)."""
    lemmas = senses._argument_lemmas()
    from newsmodel.extractors.events.armed_campaigns import _PRESS, _WAGE
    from newsmodel.extractors.events.pushed_to_act import _PUSH

    assert {"come", "test", "order", "warn", "bar", "ban", "take", "hack", "fire"} <= lemmas
    assert _PRESS | _WAGE | _PUSH <= lemmas
    for cls in ("employ", "cyber-verb", "dispatch", "criticism-verb"):
        assert senses.words_of(cls) <= lemmas
    for cls in ("ultimatum-verb", "tell-verb", "displace-verb", "hand-over-verb", "give-goods-verb", "admit-verb", "order-verb"):
        assert senses.event_words(cls) <= lemmas
    assert {"tested", "ordered"} <= senses._ARGUMENT_FORMS


# -- triggers: a verb + noun trigger needs one of its nouns in the sentence (no parse) ------------

from newsmodel.extractors.events import triggers  # noqa: E402


class _NoScreen(dict):  # type: ignore[type-arg]
    """An index that screens no verb (every verb reads None: look every word up, as before)."""

    def get(self, _key, _default=None):  # type: ignore[no-untyped-def, override]
        return None


def test_verb_object_screen_hides_no_trigger(monkeypatch: pytest.MonkeyPatch) -> None:
    """On every dev sentence (rules engine, no parse), every call of ``_verb_object_trigger`` gives
    the same answer with the sentence screen as without it, and the screen answers some calls."""
    real = triggers._verb_object_trigger
    index = triggers._object_nouns
    seen = {"calls": 0, "hits": 0, "screened": 0}

    def both(doc, t, table):  # type: ignore[no-untyped-def]
        got = real(doc, t, table)
        monkeypatch.setattr(triggers, "_object_nouns", lambda _table: _NoScreen())
        try:
            whole = real(doc, t, table)
        finally:
            monkeypatch.setattr(triggers, "_object_nouns", index)
        assert got == whole, (t.text, doc.text)
        nouns = index(table).get(t.lemma.lower(), triggers._NO_NOUNS)
        sent = doc.sentences[t.sent]
        seen["screened"] += nouns is not None and nouns.isdisjoint(doc.lowered_texts()[sent.token_start : sent.token_end]) and nouns.isdisjoint(doc.lowered_lemmas()[sent.token_start : sent.token_end])
        seen["calls"] += 1
        seen["hits"] += got is not None
        return got

    monkeypatch.setattr(triggers, "_verb_object_trigger", both)
    for text in _dev_rows():
        newsmodel.extract(text, engine="rules")
    assert seen["hits"] > 50 and seen["screened"] > 200, seen


def test_object_nouns_hold_plurals_and_skip_open_verbs() -> None:
    """The index holds each noun with its plural forms, and leaves out (None) a verb whose rows end
    in a word the function looks up for other words ("migrant", "funding")."""
    table = {(("impose", "sanction"), "VERB"): ("SANCTION", None), (("cut", "off", "supply"), "VERB"): ("SANCTION", None),
             (("expel", "migrant"), "VERB"): ("COERCE", None), (("strike", "deal"), "NOUN"): ("AGREE", None)}
    index = triggers._object_nouns(table)
    assert index["impose"] == {"sanction", "sanctions"}
    assert index["cut"] == {"supply", "supplys", "supplies"}
    assert index["expel"] is None
    assert "strike" not in index
    assert triggers._object_nouns(triggers.triggers()) is not index  # made again for another table


@pytest.mark.parametrize("engine", ENGINES)
def test_phrase_verb_gates_hide_no_trigger(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call of ``_verb_object_phrase_trigger``, ``_from_phrase_trigger``, ``_gapped_trigger``
    and ``_split_particle_trigger`` on the dev sentences gives the same answer with the verb gates
    (:func:`triggers._phrase_verbs`) as with gates that let every verb through; the dev rows hold
    hits of each shape."""
    rows = _dev_rows() if engine == "rules" else _dev_rows()[::6]
    gates = triggers._phrase_verbs
    open_gates = (_Everything(), _Everything(), _Everything(), _Everything())
    hits = {"idiom": 0, "from": 0, "gapped": 0, "particle": 0}
    for name, kind in (("_verb_object_phrase_trigger", "idiom"), ("_from_phrase_trigger", "from"), ("_gapped_trigger", "gapped"), ("_split_particle_trigger", "particle")):
        real = getattr(triggers, name)

        def both(doc, t, table, real=real, kind=kind):  # type: ignore[no-untyped-def]
            got = real(doc, t, table)
            monkeypatch.setattr(triggers, "_phrase_verbs", lambda _table: open_gates)
            try:
                whole = real(doc, t, table)
            finally:
                monkeypatch.setattr(triggers, "_phrase_verbs", gates)
            assert got == whole, (t.text, doc.text)
            hits[kind] += got is not None
            return got

        monkeypatch.setattr(triggers, name, both)
    for text in rows:
        newsmodel.extract(text, engine=engine)
    if engine == "rules":
        assert hits["idiom"] > 3 and hits["from"] > 1 and hits["gapped"] > 1 and hits["particle"] > 1, hits
