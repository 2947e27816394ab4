"""Headlines and transcript turns: ``Harlow: Mayor needs …``, ``BRENNAN: …``.

The labels that are not speakers are listed in ``line_labels.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import rows
from ..attribution import Attribution, Context, Source

_LINE_LABEL = re.compile(r"^[ \t" + "\"\u201c" + r"]*((?:[A-Z][\w.'’-]*)(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*:[ \t]+(\S[^\n]*?)[ \t]*$", re.MULTILINE)


@lru_cache(maxsize=1)
def _line_label_uses() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("line_labels.tsv") if len(r) >= 2}


def find_line_labels(ctx: Context, found: list[Attribution]) -> None:
    """Headlines and transcript turns: ``Harlow: Mayor needs to ...``, ``BRENNAN: Governor, ...``.

    The label must name a speaker: an actor's mention, an all-capitals
    transcript name, or a report noun ("Poll:"); section labels
    ("CORRECTION:", "The Latest:") are listed in ``line_labels.tsv``.
    """
    uses = _line_label_uses()
    for m in _LINE_LABEL.finditer(ctx.text):
        label = m.group(1)
        use = uses.get(label.lower())
        if use == "not_source":
            continue
        start, end = m.span(1)
        # a transcript label ("BRENNAN") names the person introduced in full elsewhere
        by_name = _actor_by_surname(ctx, label)
        actor = by_name if label.isupper() and by_name else ctx.draft.actor_at(start, end) or by_name or _body_named(ctx, label)
        if actor is None and use != "source" and not (label.isupper() and len(label) >= 3):
            continue
        c0, c1 = m.span(2)
        inner = [a for a in found if any(s < c1 and c0 < e for s, e in a.content)]
        if inner:
            if not all(_inside(a, c0, c1) for a in inner):
                continue
            # "Ortega: Critic 'Completely Wrong' to Call Me a Fraud": a quote and a cue read inside
            # the line's words are part of what its label says, not a statement of their own
            found[:] = [a for a in found if a not in inner]
        colon = ctx.text.index(":", end)
        found.append(Attribution((colon, colon + 1), Source(start, end, actor), [(c0, c1)], "direct" if label.isupper() else "indirect", 0.7))


def _inside(a: Attribution, c0: int, c1: int) -> bool:
    """The attribution lies wholly inside the line's content ``c0``..``c1``: its cue and every
    content span (a partial quote and the verb after it in a headline)."""
    return a.cue is not None and c0 <= a.cue[0] and a.cue[1] <= c1 and all(c0 <= s and e <= c1 for s, e in a.content)


def _actor_by_surname(ctx: Context, label: str) -> str | None:
    """The person actor whose name ends with an all-capitals transcript label ("BRENNAN")."""
    want = label.split()[-1].lower()
    draft = ctx.draft
    for a in map(draft.actor_fields, draft.actor_ids):
        if a is not None and a.kind == "person" and a.name.split()[-1].lower() == want:
            return a.id
    return None


def _body_named(ctx: Context, label: str) -> str | None:
    """The organisation actor named exactly as the label ("Vox: Senator Is Wrong on Taxes" over a
    story where the site Vox is an organisation): a news outlet or body heads its own finding as a
    person does. Issue 14, helper a25 at stop 47 (an outlet the tagger read as a person, and so a
    label by :func:`_actor_by_surname`, is now an organisation)."""
    draft = ctx.draft
    for a in map(draft.actor_fields, draft.actor_ids):
        if a is not None and a.kind == "organization" and a.name == label:
            return a.id
    return None
