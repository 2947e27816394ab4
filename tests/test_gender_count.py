"""The pronoun resolver's gender votes (``pronouns.GenderCount``) are brought up to date from
what the draft logged, not counted again from every mention each time some were added.

Two checks.  First, the answer: after every kind of change a draft allows
(mentions and actors added, a name, an alias or a kind changed, actors
removed, pronouns counted on the way) the kept votes give the genders a
full count gives.  Second, the work, counted and not timed: the Python
lines executed in ``pronouns`` while a document's mentions grow one by one,
with the genders asked for after each, as an extractor resolving pronouns
between other extractors' mentions asks.  Doubling the mentions about
doubles the work; a full count each time makes it four times.  The texts are
invented.
"""

from __future__ import annotations

import sys

import newsmodel
from newsmodel.draft import Draft
from newsmodel.extractors import pronouns
from newsmodel.extractors.pronouns import GenderCount, actor_genders, add_pronoun_mention

_NAMES = ["Maria Lopez", "John Becker", "Dana Reyes", "Paul Hale", "Mrs. Okafor", "Lena Marsh"]


def _text(n: int) -> str:
    return " ".join(f"{_NAMES[k % len(_NAMES)]} spoke on day {k}. He agreed and she said no." for k in range(n))


def _draft(text: str) -> Draft:
    return Draft(newsmodel.get_engine("rules").annotate(text))


def _full(draft: Draft) -> dict[str, str]:
    ref = GenderCount()
    ref._count_all(draft.context)
    return ref.known


def _grow(draft: Draft, sentences: int) -> None:
    """Each sentence: its name a mention of a person actor (one per name), then, after the
    genders are asked for, its "He" and "she" counted as pronoun mentions."""
    text, ctx = draft.text, draft.context
    at = 0
    for k in range(sentences):
        name = _NAMES[k % len(_NAMES)]
        start = text.index(name, at)
        actor = draft.actor_id_named(name.replace("Mrs. ", ""), "person")
        draft.add_mention(actor, start, start + len(name))
        actor_genders(ctx)
        for word in ("He", "she"):
            s = text.index(word, start)
            add_pronoun_mention(ctx, actor, s, s + len(word))
        at = start + len(name)


def test_kept_votes_give_a_full_counts_genders_after_every_change():
    draft = _draft(_text(12))
    ctx = draft.context
    _grow(draft, 6)
    assert actor_genders(ctx) == _full(draft)
    lopez = draft.actor_id_named("Maria Lopez", "person")
    becker = draft.actor_id_named("John Becker", "person")
    steps = [
        lambda: draft.update_actor_fields(becker, name="Anna Becker"),  # the name's vote changes
        lambda: draft.update_actor_fields(lopez, aliases=["Maria Lopez"]),
        lambda: draft.update_actor_fields(becker, kind="organization"),  # no longer a person
        lambda: draft.update_actor_fields(becker, kind="person"),
        lambda: draft.add_actor(name="Rosa Vidal", kind="person"),  # an actor with no mention yet
        lambda: draft.remove_actors([lopez]),  # actors re-indexed
    ]
    days = [k for k in range(len(draft.text)) if draft.text.startswith("day", k)]
    for step, day in zip(steps, days[6:]):
        step()
        draft.add_mention(becker, day, day + 3)  # a mention added: the next ask brings the votes up to date
        assert actor_genders(ctx) == _full(draft), step
        s = draft.text.index("He", day)
        add_pronoun_mention(ctx, becker, s, s + 2)  # counted on the way, as the resolver does
        draft.add_mention(lopez, day + 4, day + 5)
        assert actor_genders(ctx) == _full(draft), step


def test_the_counts_follow_the_draft_and_are_not_redone():
    draft = _draft(_text(40))
    ctx = draft.context
    counts = {"all": 0}
    real = GenderCount._count_all

    def count_all(self, c):  # noqa: ANN001, ANN202
        counts["all"] += 1
        real(self, c)

    GenderCount._count_all = count_all
    try:
        _grow(draft, 40)
    finally:
        GenderCount._count_all = real
    assert counts["all"] == 1  # the first ask; every later one read only what was added
    assert actor_genders(ctx) == _full(draft)
    assert actor_genders(ctx)["a1"] == "f" and actor_genders(ctx)["a2"] == "m"


def _lines_in_pronouns(sentences: int) -> int:
    draft = _draft(_text(sentences))
    draft.context  # the quotes found outside the count
    count = 0
    target = pronouns.__file__

    def local(frame, event, arg):  # noqa: ANN001, ANN202
        nonlocal count
        if event == "line":
            count += 1
        return local

    def glob(frame, event, arg):  # noqa: ANN001, ANN202
        return local if frame.f_code.co_filename == target else None

    sys.settrace(glob)
    try:
        _grow(draft, sentences)
    finally:
        sys.settrace(None)
    return count


def test_the_resolvers_work_doubles_when_the_mentions_double():
    _lines_in_pronouns(4)  # lexicons loaded outside the count
    small, large = _lines_in_pronouns(150), _lines_in_pronouns(300)
    # counting what was added keeps the ratio near 2; a full count at each ask drives it towards 4
    assert large / small < 2.2, (small, large)
