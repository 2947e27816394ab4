"""The Draft's actor API: what extractors see mid-run and what the built Article holds.

The draft keeps each actor's mentions as working state and builds the frozen
``Actor`` only when asked for (``draft.actor``, ``draft.actors``,
``Draft.build``); these tests pin that every way of reading an actor agrees
with what the Article ends up with.
"""

from __future__ import annotations

import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Draft, Provenance

TEXT = "Kremlin spokesman Dmitry Peskov said on Monday that Peskov   and the Kremlin had nothing to add."


def _draft(text: str = TEXT) -> Draft:
    return Draft(newsmodel.annotate(text))


def test_mentions_are_trimmed_kept_once_and_in_text_order():
    d = _draft()
    peskov = d.actor_named("Dmitry Peskov", "person")
    for start, end in [(52, 61), (18, 31), (52, 58), (18, 31), (18, 24)]:
        d.add_mention(peskov.id, start, end)
    spans = [(m.start, m.end, m.text) for m in d.actor(peskov.id).mentions]
    assert spans == [(18, 31, "Dmitry Peskov"), (18, 24, "Dmitry"), (52, 58, "Peskov")]
    article = d.build(Provenance())
    assert [(m.start, m.end, m.text) for m in article.actor(peskov.id).mentions] == spans
    assert d.actor_at(52, 58) == peskov.id and d.mentions_between(0, len(TEXT))[0] == (18, 24, peskov.id)


def test_every_way_of_reading_an_actor_agrees():
    d = _draft()
    kremlin = d.add_actor(name="Kremlin", kind="organization")
    d.add_mention(kremlin.id, 0, 7)
    d.update_actor(kremlin.id, aliases=("the Kremlin",), code="RUSGOV")
    fields = d.actor_fields(kremlin.id)
    full = d.actor(kremlin.id)
    assert d.actor_id_named("KREMLIN", "person") == kremlin.id  # case aside, and the kind is the first one
    assert fields.mentions == () and len(full.mentions) == 1
    assert fields.model_dump(exclude={"mentions"}) == full.model_dump(exclude={"mentions"})
    assert list(d.actors) == [full] and d.actor_ids == (kremlin.id,)
    assert d.update_actor(kremlin.id, titles=("seat",)).mentions == full.mentions  # the full actor, as before
    assert d.update_actor_fields(kremlin.id, titles=("seat",)) is d.actor_fields(kremlin.id)


def test_invalid_values_still_raise_validation_errors():
    d = _draft()
    a = d.add_actor(name="Peskov", kind="person")
    with pytest.raises(pydantic.ValidationError):
        d.update_actor_fields(a.id, kind="planet")
    with pytest.raises(pydantic.ValidationError):
        d.update_actor(a.id, code="not a code")
    with pytest.raises(pydantic.ValidationError):
        d.add_mention(a.id, -3, 4)  # before the text
    with pytest.raises(pydantic.ValidationError):
        d.span(-3, 4)
    with pytest.raises(ValueError):
        d.update_actor(a.id, mentions=())
    with pytest.raises(KeyError):
        d.update_actor_fields("nobody", kind="person")
    assert d.actor(a.id).kind == "person" and d.actor(a.id).mentions == ()


def test_an_actor_replaced_by_hand_is_the_one_that_is_built():
    d = _draft()
    a = d.add_actor(name="Peskov", kind="person", mentions=[newsmodel.Span.of(TEXT, 52, 58)])
    d.actors[0] = d.actors[0].model_copy(update={"wikidata": "Q1"})
    d.add_mention(a.id, 18, 31)
    built = d.build(Provenance()).actors[0]
    assert built.wikidata == "Q1" and [m.start for m in built.mentions] == [18, 52]
    d.actors = []
    assert d.actor(a.id) is None and len(d.actors) == 0


def test_built_spans_behave_like_validated_ones():
    d = _draft()
    a = d.actor_named("Peskov", "person")
    d.add_mention(a.id, 52, 58)
    span = d.build(Provenance()).actors[0].mentions[0]
    assert span == newsmodel.Span(start=52, end=58, text="Peskov") and span.model_fields_set == {"start", "end", "text"}
    assert span.model_copy(update={"end": 57}).end == 57 and d.span(52, 61) == span
    # the draft's spans share one fields set: changing a copy's leaves the others alone,
    # and dumps and pickles are those of a validated span
    import pickle

    copied = span.model_copy(update={"end": 57})
    assert copied.model_fields_set == {"start", "end", "text"} and d.span(0, 7).model_fields_set == {"start", "end", "text"}
    assert span.model_dump(exclude_unset=True) == {"start": 52, "end": 58, "text": "Peskov"}
    assert pickle.loads(pickle.dumps(span)) == span
    with pytest.raises(TypeError):
        span.model_fields_set.add("other")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, len(TEXT)), st.integers(0, 12)), max_size=40))
def test_mentions_match_a_plain_reference(adds):
    """Whatever the order of adds, each actor's mentions are its distinct trimmed spans, sorted by
    start (ties in the order they came), as the draft kept them when it copied the actor per mention."""
    d = _draft()
    ids = [d.add_actor(name=f"actor {k}").id for k in range(3)]
    expected: dict[str, list[tuple[int, int]]] = {i: [] for i in ids}
    for which, start, length in adds:
        end = min(len(TEXT), start + length)
        d.add_mention(ids[which], start, end)
        span = d.span(start, end)
        if span is not None and (span.start, span.end) not in expected[ids[which]]:
            expected[ids[which]].append((span.start, span.end))
    article = d.build(Provenance())
    for actor in article.actors:
        assert [(m.start, m.end) for m in actor.mentions] == sorted(expected[actor.id], key=lambda m: m[0])
        assert all(m.text == TEXT[m.start : m.end] for m in actor.mentions)


def test_one_attribution_context_per_document_shared_by_the_extractors(monkeypatch):
    """Statements, denials and events (and a plugin, through ``draft.context``) share one Context,
    which answers from the draft as it stands, mentions added after it was built included."""
    from newsmodel.extractors import attribution

    built: list[object] = []
    init = attribution.Context.__init__

    def counting_init(self, doc, draft):  # type: ignore[no-untyped-def]
        built.append(doc)
        init(self, doc, draft)

    monkeypatch.setattr(attribution.Context, "__init__", counting_init)
    text = '"We will not sign," Peskov said. Peskov denied the report. The Kremlin rejected the talks.'
    doc = newsmodel.annotate(text)
    article = newsmodel.run_extractors(doc)
    assert article.statements and len(built) == 1

    d = Draft(doc)
    ctx = d.context
    assert d.context is ctx and len(ctx.quotes) == 1
    peskov = d.actor_named("Peskov", "person")
    start = text.index("Peskov")
    d.add_mention(peskov.id, start, start + len("Peskov"))
    tok = doc.token_at(start)
    assert tok is not None and ctx.source_at(tok.i, tok.i).actor == peskov.id


def test_a_built_draft_is_freed_without_the_garbage_collector():
    """The shared Context and the draft refer to each other until the build lets go of the Context,
    so a finished draft's working state goes as soon as it is dropped (no cycle left for the collector)."""
    import gc
    import weakref

    d = _draft()
    d.add_mention(d.actor_named("Peskov", "person").id, 52, 58)
    assert d.context.draft is d
    d.build(Provenance())
    gone = weakref.ref(d)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del d
        assert gone() is None
    finally:
        if enabled:
            gc.enable()
