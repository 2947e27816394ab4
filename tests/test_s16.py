"""Issue 13, s16: answers that depend on a word alone are kept per word, not recomputed per token.

The event senses ask, for every verb no curated trigger claims, whether a check before the
CAMEO patterns may read it (its base form among those checks' lemmas) and under which key the
CAMEO patterns may match it.  Both answers depend only on the verb's lower-case lemma and text,
so they are kept per word for the process.  These tests count the operations, and compare the
kept answers with the ones worked out afresh.
"""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel.draft import Draft
from newsmodel.extractors import cameo
from newsmodel.extractors.events import senses

_TEXT = (
    "The committee reviewed the proposal on Tuesday. The council members studied the figures, "
    "then the committee reviewed the figures again and the members studied the proposal."
)


def test_base_form_asked_once_per_verb_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """A verb word seen before costs no base-form test: the second extraction of the same text,
    and a repeated verb within one text, ask none."""
    calls: list[str] = []
    real = senses.base_form

    def counted(low, cues):  # type: ignore[no-untyped-def]
        calls.append(low)
        return real(low, cues)

    monkeypatch.setattr(senses, "base_form", counted)
    monkeypatch.setattr(senses, "_PLAIN_VERBS", {})
    first = newsmodel.extract(_TEXT, engine="rules")
    assert calls and len(calls) == len(set(calls))  # each word once, though "reviewed" and "studied" repeat
    calls.clear()
    second = newsmodel.extract(_TEXT, engine="rules")
    assert calls == []
    assert second.model_dump_json() == first.model_dump_json()


def _old_key(lemma: str, low: str) -> str:
    """The key resolution ``specific_verb_code`` made for every verb before s16."""
    anywhere = cameo._needs()[2]
    if lemma in anywhere:
        return lemma
    if lemma in cameo._entries():
        return ""
    return low if low in anywhere else ""


def test_pattern_key_is_the_old_resolution() -> None:
    """For every verb of the CAMEO dictionary, with its own text and with inflected and unknown
    texts, the kept key is the one worked out per token before."""
    words = list(cameo._entries())
    assert len(words) > 1000
    for lemma in words:
        for low in (lemma, lemma + "s", lemma + "ed", "zzqx"):
            assert cameo.pattern_key(lemma, low) == _old_key(lemma, low)
            assert cameo.pattern_key("zzqx", low) == _old_key("zzqx", low)


def test_plain_verb_with_no_pattern_skips_pattern_sense() -> None:
    """A verb no check reads and whose CAMEO blocks name no argument ("") gets None without
    ``_pattern_sense``: that function would read no pattern for it, and its lemma is no
    ``dispatch`` verb (those are among the checks' lemmas), so it could only say None."""
    dispatch = senses.words_of("dispatch")
    plain = {lemma: senses._plain_verb(lemma, lemma) for lemma in cameo._entries()}
    empty = [lemma for lemma, answer in plain.items() if answer == ""]
    assert empty and not dispatch & set(empty)
    assert all(answer is False or answer in ("", lemma) or (answer is True and lemma in senses._CONFLICT_ONLY) for lemma, answer in plain.items())


_SAY = [
    "The defence chief said any incursion would be met with force.",
    "The mayor said the new bridge would open in the spring.",
    "Union leaders vowed to keep the talks going, and the council declared a holiday.",
    "Officials urged calm after the two groups clashed near the square.",
]


@pytest.mark.parametrize("text", _SAY)
def test_conflict_only_verbs_take_the_short_way_with_the_chains_answer(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """"say", "vow", "declare", "urge" ... are read by ``_conflict_sense`` alone among the checks
    before the CAMEO patterns: they skip the rest of the chain and get its answer."""
    senses._argument_lemmas()
    assert {"say", "vow", "declare", "urge", "clash"} <= senses._CONFLICT_ONLY
    doc = newsmodel.annotate(text)
    draft = Draft(doc)
    verbs = [t for t in doc.tokens if t.pos == "VERB" and t.lemma.lower() in senses._CONFLICT_ONLY]
    assert verbs
    monkeypatch.setattr(senses, "_PLAIN_VERBS", {})
    short = [senses._own_or_pattern_sense(doc, draft, t, None) for t in verbs]
    assert all(senses._PLAIN_VERBS[(t.lemma.lower(), t.text.lower())] is True for t in verbs)
    monkeypatch.setattr(senses, "_PLAIN_VERBS", {})
    monkeypatch.setattr(senses, "_CONFLICT_ONLY", frozenset())
    whole = [senses._own_or_pattern_sense(doc, draft, t, None) for t in verbs]
    assert short == whole


class _CountingScore:
    """Stands in for ``senses._SCORE`` and counts the tokens it is asked about."""

    def __init__(self) -> None:
        self.calls = 0

    def fullmatch(self, text: str):  # type: ignore[no-untyped-def]
        self.calls += 1
        return senses.re.fullmatch(r"\d{1,2}[-–]\d{1,2}", text)


@pytest.mark.parametrize(
    ("text", "verb", "sport", "scanned"),
    [
        ("The home side beat the visitors 3-1 on Sunday.", "beat", True, True),
        ("The home side beat the visitors 3 – 1 on Sunday.", "beat", True, True),
        ("The district hired 10-12 teachers this spring.", "hired", False, True),
        ("The governor praised the teachers of the district on Sunday.", "praised", False, False),
    ],
)
def test_score_scan_only_where_a_dash_stands(monkeypatch: pytest.MonkeyPatch, text: str, verb: str, sport: bool, scanned: bool) -> None:
    """A score holds a dash, so a sentence without one is not scanned token by token; with one,
    the answer is the scan's as before (a score, or a count of people)."""
    counter = _CountingScore()
    monkeypatch.setattr(senses, "_SCORE", counter)
    doc = newsmodel.annotate(text)
    t = next(x for x in doc.tokens if x.text == verb)
    assert senses._sport(doc, t) is sport
    assert (counter.calls > 0) is scanned
