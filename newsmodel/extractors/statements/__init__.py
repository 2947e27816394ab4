"""Statements: who said what.

One module per rule, applied in this order to every engine's document (the
shared mention and quote context is :mod:`..attribution`):

1. :mod:`.direct_quotes` (any quote marks, see :mod:`..quotes`).  The cue
   and source are looked for right after the quote
   (:mod:`.cue_after_quote`: ``“…,” Peskov said`` / ``“…,” said Peskov`` /
   ``“…” ― Name``) and then right before it (:mod:`.cue_before_quote`:
   ``Peskov said: “…”``).  A quote split by its cue (``“A,” he said,
   “B.”``) is one statement with two content spans; a quoted fragment after
   an unquoted lead-in (``The main goal “is …,” he said``) takes the whole
   clause and is ``mixed``.
2. :mod:`.according_to`: ``According to X, …``, ``…, according to X`` and
   ``as stated by X``; in a chain of them the innermost source is the
   speaker, and the source as written is the whole phrase.
3. :mod:`.line_labels`: headlines (``Harlow: Mayor needs …``) and
   transcript turns (``BRENNAN: …``), with the labels that are not speakers
   listed in ``line_labels.tsv``.
4. **Indirect speech**.  With a parse, cue verbs (:mod:`.cue_verbs`, whose
   content :mod:`.cue_verb_content` reads by frame), cue nouns
   (:mod:`.cue_nouns`) and sourceless hedges (:mod:`.hedges`) are read off
   the tree (``cue_frames.tsv``, ``cue_nouns.tsv``).  Without one,
   :mod:`.possessed_cue_nouns` (a possessor + a cue noun + its content,
   ``Trump's claim that …``, kept where no other content holds it) and
   :mod:`.reported_speech`: a speech or cognition verb
   (``speech_verbs.tsv``) with a subject before it and a complement after
   it (``X said (that) …``, ``X stated, adding that …``, ``…, as X said``).
5. :mod:`.survey_phrases`: a poll as source, ``In a poll released Monday, …`` and
   ``…, in the latest poll.``
6. :mod:`.colon_blocks`: ``He added:`` and a paragraph without quote marks.
7. :mod:`.continuations`: a quote with no cue of its own carries on the
   previous speaker's direct quote -- as more content in the same
   paragraph, as a new statement when it is a paragraph of its own.

Questions, negated cues ("did not elaborate") and cues without a source
are not statements.  ``source`` is the mention as written ("Ostrander, a
Moreno surrogate", "who", "the spokesman"); ``speaker`` the actor it
resolves to.
"""

from __future__ import annotations

from ...document import AnnotatedDocument
from ...draft import Draft
from ..attribution import Attribution, context_for
from .according_to import find_according_to
from .colon_blocks import find_colon_blocks
from .continuations import join_continuations
from .cue_nouns import find_cue_nouns
from .cue_verbs import find_cue_verbs
from .direct_quotes import find_direct_quotes
from .hedges import find_hedges
from .line_labels import find_line_labels
from .possessed_cue_nouns import find_possessed_cue_nouns
from .reported_speech import find_reported_speech
from .survey_phrases import find_survey_phrases

__all__ = ["extract_statements"]


def extract_statements(doc: AnnotatedDocument, draft: Draft) -> None:
    actors_before = set(draft.actor_ids)
    ctx = context_for(doc, draft)
    found: list[Attribution] = []
    used_quotes: set[int] = set()
    cue_tokens: set[int] = set()

    # reports that relay another party's speech ("According to Reuters, the ministry said ..."):
    # kept out of ``found`` until the indirect speech is read, so they cover no words (.relayed_speech)
    relayed: list[Attribution] = []
    find_direct_quotes(ctx, found, used_quotes, cue_tokens)
    find_according_to(ctx, found, cue_tokens, relayed)
    find_line_labels(ctx, found)
    if doc.has_parse:
        find_cue_verbs(ctx, found, cue_tokens, relayed)
        find_cue_nouns(ctx, found, cue_tokens)
        find_hedges(ctx, found, cue_tokens)
    else:
        nominal = find_possessed_cue_nouns(ctx, cue_tokens)
        find_reported_speech(ctx, found, cue_tokens, relayed)
        found.extend(_not_held(nominal, found + relayed))
    found.extend(relayed)
    find_survey_phrases(ctx, found, cue_tokens)
    find_colon_blocks(ctx, found, cue_tokens)
    for att in found:
        if att.kind != "direct":
            ctx.through_open_quote(att)
    found.sort(key=lambda a: a.content[0][0])
    join_continuations(ctx, found, used_quotes)

    seen: set[tuple[tuple[int, int], ...]] = set()
    speakers: set[str] = set()
    for att in sorted(found, key=lambda a: a.content[0][0]):
        spans = [draft.span(a, b) for a, b in _in_cue_paragraph(ctx.text, att)]
        content = [s for s in spans if s is not None]
        key = tuple((s.start, s.end) for s in content)
        if not content or key in seen:
            continue
        seen.add(key)
        speaker = ctx.speaker(att.source.actor) if att.source else None
        speakers.update(a for a in (speaker, att.source.actor if att.source else None) if a)
        draft.add_statement(
            speaker=speaker,
            source=draft.span(att.source.start, att.source.end) if att.source else None,
            cue=draft.span(*att.cue) if att.cue else None,
            content=content,
            kind=att.kind,
            confidence=att.confidence,
        )
    # a source noun made an actor for a reading this pass then rejected ("The steps are certain to
    # be challenged"): no statement refers to it, so it is no actor of the article
    draft.remove_actors(set(draft.actor_ids) - actors_before - speakers)


def _not_held(nominal: list[Attribution], others: list[Attribution]) -> list[Attribution]:
    """The possessed cue nouns whose content overlaps no other statement's: as in
    :mod:`.cue_nouns`, "Smith said Trump's claim that ... was false" is Smith's statement."""
    spans = [(s, e) for a in others for s, e in a.content]
    return [a for a in nominal if not any(s < a.content[-1][1] and a.content[0][0] < e for s, e in spans)]


def _in_cue_paragraph(text: str, att: Attribution) -> list[tuple[int, int]]:
    """Indirect content stays in its cue's paragraph.

    A parse can run a clause over a line break ("4:15 p.m.\\n\\nThe great
    majority ... say"); quoted words may run over paragraphs, so direct
    content is left alone.
    """
    if att.kind == "direct" or att.cue is None:
        return att.content
    if all(text.find("\n", a, b) < 0 for a, b in att.content):
        return att.content  # no content crosses a line break (most): no paragraph to find
    para_start = text.rfind("\n", 0, att.cue[0]) + 1
    para_end = text.find("\n", att.cue[1])
    if para_end < 0:
        para_end = len(text)
    out = []
    for a, b in att.content:
        lo, hi = max(a, para_start), min(b, para_end)
        out.append((lo, hi) if text.find("\n", a, b) >= 0 and lo < hi else (a, b))
    return out
