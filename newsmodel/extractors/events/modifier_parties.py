"""A party named only as a modifier inside another role's name is no target of its own.

"The bill, opposed by Senate Democrats, never passed": the Senate is where the Democrats sit, not
what they opposed; "voiced support for U.S. Senate candidate Maria Lopez": the body is the office
the candidate seeks, and the support goes to her.  The actor step finds a mention for each name
("Senate", "U.S. Senate") and the parse-based role rules, collecting every actor under the
object or the participle's noun, made each a second target.  In the parse such a name is a
``compound`` modifier whose chain of compounds ends inside the doer's noun phrase (any doer) or a
person target's name ("candidate Maria Lopez"): an affiliation or a title of that party.  A group
target keeps its modifiers ("met U.S. officials": the officials stand for the United States).

Found in a hand judgment of spaCy's events on 30 PolNeAR train texts (stop 44, e70; dev batch
124): the commonest wrong role was such a modifier as an extra target.  The check needs a parse;
without one the rules engine's targets are left as they are.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft

__all__ = ["modifier_targets"]

#: How many compound links the walk from a modifier to its noun follows ("U.S. Senate
#: candidate Maria Lopez": Senate -> candidate -> Lopez).
_MAX_LINKS = 4


def modifier_targets(doc: AnnotatedDocument, draft: Draft, t: Token, agents: list[str], targets: list[str]) -> list[str]:
    """The targets of the event at ``t`` whose every mention in its sentence is a compound
    modifier inside an agent's mention or a person target's mention (see the module docstring);
    empty without a parse."""
    if not doc.has_parse or not targets:
        return []
    sent = doc.sentences[t.sent]
    first, last = doc.tokens[sent.token_start], doc.tokens[sent.token_end - 1]
    mentions = draft.mentions_between(first.start, last.end)
    owners: dict[int, str] = {}
    for start, end, actor in mentions:
        fields = draft.actor_fields(actor)
        if actor in agents or actor in targets and fields is not None and fields.kind == "person":
            for k in _tokens_in(doc, sent.token_start, sent.token_end, start, end):
                owners.setdefault(k, actor)
    dropped = []
    for x in targets:
        spans = [_tokens_in(doc, sent.token_start, sent.token_end, s, e) for s, e, a in mentions if a == x]
        if spans and all(span and _modifies_other(doc, span, owners, x) for span in spans):
            dropped.append(x)
    return dropped


def _tokens_in(doc: AnnotatedDocument, lo: int, hi: int, start: int, end: int) -> list[int]:
    """The indices of the sentence's tokens inside the characters ``start:end``."""
    return [k for k in range(lo, hi) if doc.tokens[k].start >= start and doc.tokens[k].end <= end]


def _modifies_other(doc: AnnotatedDocument, span: list[int], owners: dict[int, str], actor: str) -> bool:
    """The mention at ``span`` hangs, by a chain of ``compound`` links, on a token of another
    actor's mention (``owners``)."""
    inside = set(span)
    root = next((k for k in span if doc.tokens[k].head is None or doc.tokens[k].head not in inside), None)
    if root is None:
        return False
    k = root
    for _ in range(_MAX_LINKS):
        tok = doc.tokens[k]
        if tok.dep != "compound" or tok.head is None:
            return False
        k = tok.head
        owner = owners.get(k)
        if owner is not None and owner != actor:
            return True
    return False
