"""A headline's second verb, coordinated with its first, that spaCy read as a plural noun.

"Senator Backs Tax Bill And Denounces Critics" comes out of the small model
with "denounces" a compound of "critics", and "critics" conjoined to "bill":
the senator backs a bill and some critics.  "Sudan frees journalists and lifts
curfew" makes "lifts curfew" a second thing freed.  The second event is lost.

After the headline verb in ``-s`` the word in ``-s`` right after "and", a
verb trigger of the event lexicon whose object opens right after it, is a
second verb of the same subject
(:func:`newsmodel.engines.headline_clauses.coordinated_verb`): it becomes a
verb conjoined to the first, "and" its coordinator, and the words up to the
next preposition or punctuation its object, headed by their last noun (a
base form among them is a noun: "Pledges *Aid*").  A rebuilt clause that
would not be a tree is left as it was.
"""

from __future__ import annotations

__all__ = ["attach_second_verb"]

_NOMINAL = frozenset({"NOUN", "PROPN", "NUM"})
_PART_END = frozenset({"ADP", "PUNCT", "CCONJ", "SCONJ", "PART"})


def attach_second_verb(
    words: list[str], pos: list[str], lemmas: list[str], tags: list[str], heads: list[int | None], labels: list[str], a: int, b: int, is_tree
) -> None:
    """Make the second verb of the headline clause ``a:b`` one, in place (see the module docstring);
    ``is_tree(heads, a, b)`` checks the result."""
    from newsmodel.engines.headline_clauses import coordinated_verb
    from newsmodel.engines.rules.tagger import lemmatize

    roots = [k for k in range(a, b) if heads[k] is None]
    if len(roots) != 1 or pos[roots[0]] != "VERB" or tags[roots[0]] != "VBZ":
        return
    r = roots[0]
    # a base form after the first verb is no rival verb: a noun ("Pledges Aid", "Lifts Ban on ...")
    seen = [("NOUN" if p == "VERB" and k > r and tags[k] in ("VB", "VBP") else p) for k, p in enumerate(pos)]
    for j in range(r + 2, b - 1):
        if pos[j] == "VERB" and labels[j] == "conj":
            return  # the parser found the second verb itself
        if pos[j] not in _NOMINAL:
            continue
        lemma = coordinated_verb(words, seen, j, b)
        if lemma is None:
            continue
        end = j + 1
        while end < b and seen[end] not in _PART_END:
            end += 1
        nominal = [k for k in range(j + 1, end) if seen[k] in _NOMINAL]
        if not nominal:
            return
        obj = nominal[-1]
        new, new_labels = list(heads), list(labels)
        new[j], new_labels[j] = r, "conj"
        new[j - 1], new_labels[j - 1] = j, "cc"
        new[obj], new_labels[obj] = j, "obj"
        for k in range(j + 1, end):
            if k != obj and (new[k] is None or not j < new[k] < end or new[k] == j):  # type: ignore[operator]
                new[k], new_labels[k] = obj, new_labels[k] if new_labels[k] in ("det", "amod", "nummod", "compound", "nmod:poss") else "compound"
        for k in range(a, b):
            if new[k] == j and k not in (j - 1, obj) and not j < k < end:
                new[k] = r  # what hung on the word as a noun hangs on the first verb
            elif r < k < j - 1 and new[k] is not None and j < new[k] < end:  # type: ignore[operator]
                # the first verb's object, which the parser made the subject of a word now in the
                # second verb's object ("Frees Students and Lifts Ban": "students" under "ban")
                new[k], new_labels[k] = r, "obj" if pos[k] in _NOMINAL else new_labels[k]
        if not is_tree(new, a, b):
            return
        heads[a:b], labels[a:b] = new[a:b], new_labels[a:b]
        pos[j], lemmas[j], tags[j] = "VERB", lemma, "VBZ"
        for k in range(j + 1, end):
            if pos[k] == "VERB" and tags[k] in ("VB", "VBP"):
                pos[k], tags[k], lemmas[k] = "NOUN", "NN", lemmatize(words[k], "NOUN")
        return
