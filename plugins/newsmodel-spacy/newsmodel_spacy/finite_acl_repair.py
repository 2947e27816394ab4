"""A sentence whose finite verb spaCy's small model hung on its subject as a reduced relative.

"Donald Trump called Wednesday for the justice to resign", "The senator called Tuesday for an
inquiry": with a bare day after the verb, ``en_core_web_sm`` makes the subject noun the root of
the sentence and the verb an ``acl`` on it, as if it were "the senator (who was) called on
Tuesday" -- so the sentence has no clause, the verb no subject, and the request no agent.

The tagger itself says otherwise: it tags the verb ``VBD``, a finite past, and a finite verb
cannot modify a noun without a relative pronoun or a subject of its own ("the senator *who*
called", "the day *she* called"); a reduced relative is a participle (``VBN``: "two soldiers
killed in the attack"). So when a body sentence (closed by a full stop, not the text's title)
has a noun for its one root, and the word right after the noun is a ``VBD`` verb hung on it as
``acl`` with no subject of its own, the verb is the root and the noun its subject. The model also
tags a regular past "called" ``VBN`` in that shape ("The opposition leader called Monday for an
inquiry"): a verb of ``engine_words.tsv`` class ``day-then-phrase-verb`` (call, appeal, press ...:
its "for" / "on" phrase is its own complement, so "called Monday for" has no passive reading) in
-ed right before a bare day is read the same way; any other participle stays one (a caption
fragment, "Two soldiers killed Monday in an attack."); the words after the verb that hung on the noun hang on the verb (a nominal modifier
becomes an oblique). Headline lines are left to :mod:`.headline_repair`. A rebuilt sentence that
would not be a tree is left as it was (issue 14 batch 94, PolNeAR train recall).
"""

from __future__ import annotations

from functools import lru_cache

from newsmodel.engines.headline_clauses import is_headline_line
from newsmodel.lexicons import word_class
from newsmodel.lexicons.dates import weekdays

from .headline_repair import _is_tree

__all__ = ["repair_finite_acl_roots"]

#: Closing punctuation of a body sentence.
_CLOSING = frozenset({".", "!"})

_NOMINAL = frozenset({"NOUN", "PROPN"})
#: Labels of the verb's own subject: a verb with one is a relative clause after all ("the day she called").
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl"})


def repair_finite_acl_roots(
    text: str, words: list[str], starts: list[int], ends: list[int], pos: list[str], lemmas: list[str], tags: list[str], heads: list[int | None], labels: list[str], spans: list[tuple[int, int]],
) -> None:
    """Repair, in place, the sentences among ``spans`` (token ranges) with a finite verb hung on a noun root."""
    for a, b in spans:
        if words[b - 1] not in _CLOSING or a == 0 and is_headline_line(text, starts[a], ends[b - 1]):
            continue  # (a title line may close with a full stop: headline_repair's)
        r = next((k for k in range(a, b) if heads[k] is None), None)
        v = r + 1 if r is not None else b
        if v + 1 >= b or pos[r] not in _NOMINAL or heads[v] != r or labels[v] != "acl" or pos[v] != "VERB":
            continue
        if tags[v] != "VBD" and not (
            tags[v] == "VBN" and words[v].endswith("ed") and words[v + 1].lower() in weekdays() and lemmas[v] in _phrase_verbs()
        ):
            continue
        if any(heads[c] == v and labels[c] in _SUBJECTS for c in range(a, b)):
            continue
        moved = [c for c in range(v + 1, b) if heads[c] == r]
        old = (heads[r], labels[r], heads[v], labels[v], [(c, labels[c]) for c in moved])
        heads[v], labels[v] = None, "root"
        heads[r], labels[r] = v, "nsubj"
        for c in moved:
            heads[c] = v
            if labels[c] == "nmod":
                labels[c] = "obl"
        if not _is_tree(heads, a, b):
            heads[r], labels[r], heads[v], labels[v], kept = old
            for c, label in kept:
                heads[c], labels[c] = r, label


@lru_cache(maxsize=1)
def _phrase_verbs() -> frozenset[str]:
    return word_class("engine_words.tsv", "day-then-phrase-verb")
