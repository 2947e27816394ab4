"""Stop 40 (helper s23, issue 13): two output-identical cuts of the events extractor's own work.

* A non-event sense check asked of every candidate may declare ``sentence_words``: words of its
  own lexicon one of which must stand in the candidate's sentence for it to fire. :func:`non_event`
  skips it elsewhere. The declaration is a promise, held here to the dev sentences: the gated
  answer is the answer of asking every check, and no declaring check fires in a sentence without
  one of its words.
* :class:`ClaimIndex` fills a statement's content span at once when none of its tokens is held
  yet; the answer is the per-token reading's (hypothesis, against that reading written out).
"""

from __future__ import annotations

import random
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.extractors.events import non_event_senses, senses
from newsmodel.extractors.events.factuality import ClaimIndex
from newsmodel.extractors.events.sense_checks import Dispatch, SenseCheck

from ._engines import ENGINES

DEV = Path(__file__).parent / "data" / "events_dev.tsv"


def _dev_sentences(n: int, seed: int) -> list[str]:
    rows = [line.split("\t")[0] for line in DEV.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return random.Random(seed).sample(rows, n)


def _never(doc, draft, t, curated) -> bool:  # noqa: ANN001 - a stand-in check
    return False


def test_gated_lists_each_check_with_its_sentence_words() -> None:
    """:meth:`Dispatch.gated` is :meth:`Dispatch.asks` with each check's declaration beside it; a
    check that declares nothing carries None (it is asked as before)."""

    def other(doc, draft, t, curated) -> bool:  # noqa: ANN001
        return False

    words = frozenset({"history"})
    dispatch = Dispatch((
        SenseCheck("keyed", _never, lemmas=frozenset({"rally"})),
        SenseCheck("declared", other, any_word=True, sentence_words=words),
    ))
    assert dispatch.gated("rally", "rallied", None) == ((_never, None), (other, words))
    assert dispatch.gated("march", "marched", None) == ((other, words),)
    assert tuple(a for a, _w in dispatch.gated("rally", "rallied", None)) == dispatch.asks("rally", "rallied", None)


def test_declared_words_come_from_the_checks_lexicons() -> None:
    """At least the dozen checks of this stop declare their words, and no declaration is empty (an
    empty one would skip its check everywhere)."""
    declared = [c for c in non_event_senses.sense_checks() if c.sentence_words is not None]
    assert len(declared) >= 12
    assert all(c.sentence_words for c in declared)
    assert "evidence" in next(c.sentence_words for c in declared if "no evidence" in c.name)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # the declared word present: the check still vetoes
        ("There is no evidence that the militia attacked the convoy.", 0),
        ("The governor should resign, the senator said.", 0),
        ("Officials said the cartel was bent on attacking the port.", 0),
        # no declared word in the sentence: the event stands as before
        ("The militia attacked the convoy on Sunday.", 1),
        ("The governor resigned on Monday.", 1),
    ],
)
def test_declared_checks_keep_their_answers(text: str, events: int) -> None:
    assert len(newsmodel.extract(text, engine="rules").events) == events


@pytest.mark.parametrize("engine", ENGINES)
def test_sentence_words_are_kept_promises(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """On the dev sentences, every :func:`non_event` call, and every token of the sentence asked
    about, gets the answer of asking every check ungated; no check with ``sentence_words`` fires in
    a sentence that holds none of them."""
    checks = non_event_senses.sense_checks()
    real = non_event_senses.non_event
    broken: list[str] = []
    swept: set[tuple[int, int]] = set()
    asked = 0

    def every(doc, draft, t, curated) -> bool:  # noqa: ANN001
        nonlocal asked
        asked += 1
        present = non_event_senses._sentence_words(doc, t.sent)
        answer = False
        for c in checks:
            fired = c.ask(doc, draft, t, curated)
            if fired and c.sentence_words is not None and c.sentence_words.isdisjoint(present):
                broken.append(f"{c.name!r} fired on {t.text!r} with none of its sentence words in {doc.text[:80]!r}")
            answer = answer or fired
        return answer

    def checked(doc, draft, t, curated) -> bool:  # noqa: ANN001
        answer = real(doc, draft, t, curated)
        assert answer == every(doc, draft, t, curated), (t.text, curated, doc.text)
        if (id(doc), t.sent) not in swept:
            swept.add((id(doc), t.sent))
            sent = doc.sentences[t.sent]
            for u in doc.tokens[sent.token_start : sent.token_end]:
                for cur in (None, None if curated is None else (1, curated[1], None)):
                    assert real(doc, draft, u, cur) == every(doc, draft, u, cur), (u.text, cur, doc.text)
        return answer

    monkeypatch.setattr(senses, "non_event", checked)
    for text in _dev_sentences(300 if engine == "rules" else 80, seed=23):
        newsmodel.extract(text, engine=engine)
    assert asked > 1000
    assert not broken, "\n".join(broken[:20])


def _claims_one_token_at_a_time(starts: list[int], statements: list, denials: list) -> tuple[list, list]:
    """:class:`ClaimIndex` as it read the spans before this stop, one token at a time."""
    import bisect

    statement: list[str | None] = [None] * len(starts)
    denied = [False] * len(starts)
    held: dict[int, tuple[int, int]] = {}
    for s in statements:
        for c in s.content:
            for k in range(bisect.bisect_left(starts, c.start), bisect.bisect_left(starts, c.end)):
                if statement[k] is None:
                    statement[k] = s.id
                    held[k] = (c.start, c.end)
                else:
                    a, b = held[k]
                    if a <= c.start and c.end <= b and c.end - c.start < b - a:
                        statement[k] = s.id
                        held[k] = (c.start, c.end)
    for d in denials:
        if d.denied is not None:
            for k in range(bisect.bisect_left(starts, d.denied.start), bisect.bisect_left(starts, d.denied.end)):
                denied[k] = True
    return statement, denied


_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda p: SimpleNamespace(start=p[0], end=p[0] + p[1]))


@settings(max_examples=300, deadline=None)
@given(
    gaps=st.lists(st.integers(1, 4), min_size=0, max_size=25),
    contents=st.lists(st.lists(_SPAN, min_size=1, max_size=3), max_size=6),
    denied=st.lists(st.one_of(st.none(), _SPAN), max_size=4),
)
def test_claim_index_reads_as_one_token_at_a_time(gaps: list[int], contents: list, denied: list) -> None:
    starts = [sum(gaps[:k]) for k in range(len(gaps))]
    statements = [SimpleNamespace(id=f"s{k}", content=c) for k, c in enumerate(contents)]
    denials = [SimpleNamespace(denied=d) for d in denied]
    doc = SimpleNamespace(token_starts=lambda: starts)
    draft = SimpleNamespace(statements=statements, denials=denials)
    index = ClaimIndex(doc, draft)  # type: ignore[arg-type]
    assert (index.statement, index.denied) == _claims_one_token_at_a_time(starts, statements, denials)


def test_decade_words_are_the_decade_pattern() -> None:
    """The decade check declares every word its pattern matches, and only those: all four-digit
    and two-digit decade shapes are tried."""
    from newsmodel.extractors.events import background_senses as b

    shapes = [f"{n:04d}s" for n in range(10000)] + [f"{q}{n:02d}s" for q in "'’`" for n in range(100)] + ["1980", "80s", "1980s."]
    assert {w for w in shapes if b._DECADE.match(w)} == set(b._DECADES)
