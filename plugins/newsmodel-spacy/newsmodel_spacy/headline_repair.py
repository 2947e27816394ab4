"""The verb of a headline clause that spaCy's small model parsed as a noun.

"Police fire tear gas at students" (and its title-case "Police Fire Tear
Gas ...", even after :mod:`newsmodel.engines.headline_case` lower-cases it)
comes out of ``en_core_web_sm`` as one noun phrase: "gas" the root,
"police", "fire" and "tear" its compounds, "at students" a modifier of the
gas.  "court sentences former mayor to six years" makes "sentences" the root
noun and "mayor" its apposition.  No verb, so no event.

In a headline clause (:func:`newsmodel.engines.headline_clauses.is_headline_line`:
a line of its own, no closing full stop) two repairs are made, on the
converted (UD) tree, before the tokens are built:

* a noun root with a subject of its own ("Teachers *march* on ministry",
  "Militants *Storm* Army Post") that can be a verb is a verb: the parser
  found the clause, only the tag is wrong; its nominal modifiers become
  obliques;
* a clause with no verb at all is rebuilt around the word in the verb's slot
  (:func:`~newsmodel.engines.headline_clauses.verb_slot`): the words before
  it are its subject, headed by their last top word; the words up to the
  first preposition or punctuation are its object, headed likewise; every
  phrase after them that hung on the subject, the verb or the object (an
  of-phrase right after the object stays the object's) hangs on the verb as
  an oblique.  The structure inside each part is the parser's.

Before these, a verb in ``-s`` right after the subject wins over a later word the parser took
for the verb ("Senate *Rejects* Bid to ...": :mod:`.headline_agreement`); after them, a second
verb in ``-s`` after "and" that the parser read as a noun is made a verb conjoined to the first
("Backs Tax Bill And *Denounces* Critics": :mod:`.headline_coordination`).

A rebuilt sentence that would not be a tree is left as it was.
"""

from __future__ import annotations

from functools import lru_cache

from newsmodel.engines.headline_clauses import is_headline_line, may_be_headline, verb_slot

from .headline_coordination import attach_second_verb

__all__ = ["repair_headline_verbs"]

_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
#: Labels a word keeps when it is moved under the head of its own part (else: compound).
_KEPT = frozenset({"det", "amod", "nummod", "compound", "nmod:poss", "case", "punct", "cc", "conj", "advmod", "flat"})
#: Labels of a phrase after the object that becomes an oblique of the verb.
_TO_OBLIQUE = frozenset({"nmod", "obl", "appos", "compound", "dep", "root", "npadvmod", "obl:npmod"})


def repair_headline_verbs(
    text: str,
    words: list[str],
    starts: list[int],
    ends: list[int],
    pos: list[str],
    lemmas: list[str],
    tags: list[str],
    heads: list[int | None],
    labels: list[str],
    spans: list[tuple[int, int]],
) -> None:
    """Repair, in place, the headline clauses among the sentences ``spans`` (token ranges)."""
    for a, b in spans:
        if not may_be_headline(words, a, b) or not is_headline_line(text, starts[a], ends[b - 1]):
            continue
        _repair_clause(words, starts, ends, pos, lemmas, tags, heads, labels, a, b)
        attach_second_verb(words, pos, lemmas, tags, heads, labels, a, b, _is_tree)


def _repair_clause(
    words: list[str], starts: list[int], ends: list[int], pos: list[str], lemmas: list[str], tags: list[str], heads: list[int | None], labels: list[str], a: int, b: int
) -> None:
    """The repairs of the module docstring for the headline clause ``a:b``."""
    from newsmodel.engines.rules.headline_verbs import _verb_lemma

    first = a
    for k in range(a, b):
        if words[k] == ":":
            first = k + 1  # "Kenya: Police Fire ...": the clause after its label
    if b - first < 3:
        return
    if _repair_agreeing_s_verb(words, pos, lemmas, tags, heads, labels, first, b):
        return
    roots = [k for k in range(first, b) if heads[k] is None or heads[k] < first]
    if len(roots) == 1 and pos[roots[0]] == "NOUN":
        r = roots[0]
        hit = _verb_lemma(words[r].lower())
        if hit is not None and any(heads[c] == r and labels[c] == "nsubj" for c in range(first, b)):
            pos[r], lemmas[r], tags[r] = "VERB", hit[0], "VBZ" if hit[1] else "VBP"
            for c in range(first, b):
                if heads[c] == r and labels[c] == "nmod":
                    labels[c] = "obl"
            return
    if len(roots) == 1 and pos[roots[0]] == "VERB":
        _subject_and_object(pos, heads, labels, roots[0], first, b)
        return
    if len(roots) == 1 and pos[roots[0]] in _NOMINAL and _passive_headline(pos, tags, heads, labels, roots[0], first, b):
        return
    # a verb inside a noun phrase ("rebel positions", "striking miners") is no clause's verb
    seen = [("NOUN" if p == "VERB" and labels[k] == "compound" else p) for k, p in enumerate(pos[first:b], first)]
    if any(p in ("VERB", "AUX") and labels[k] not in ("amod", "acl") for k, p in enumerate(seen, first)):
        return
    slot = verb_slot(words, [*pos[:first], *seen, *pos[b:]], first, b)
    if slot is not None:
        _rebuild(words, pos, lemmas, tags, heads, labels, first, b, *slot)
        return
    split = _hyphen_split_verb(words, starts, ends, [*pos[:first], *seen, *pos[b:]], first, b)
    if split is not None:
        _rebuild(words, pos, lemmas, tags, heads, labels, first, b, *split)


def _repair_agreeing_s_verb(words: list[str], pos: list[str], lemmas: list[str], tags: list[str], heads: list[int | None], labels: list[str], a: int, b: int) -> bool:
    """"Senate Rejects Bid to ...": the verb in -s after the subject, the parser's later verb a noun
    (:mod:`.headline_agreement`); the clause rebuilt around it. True when it was."""
    from newsmodel.engines.rules.tagger import lemmatize

    from .headline_agreement import agreeing_s_verb

    found = agreeing_s_verb(words, pos, tags, a, b)
    if found is None:
        return False
    k, lemma, finite = found
    saved = (list(pos), list(lemmas), list(tags), list(heads), list(labels))
    for v in finite:
        name = words[v][:1].isupper()
        pos[v], tags[v] = ("PROPN", "NNP") if name else ("NOUN", "NNS" if words[v].lower().endswith("s") else "NN")
        lemmas[v] = words[v] if name else lemmatize(words[v], "NOUN")
        objects = [d for d in range(v + 1, b) if heads[d] == v and labels[d] == "obj" and pos[d] in _NOMINAL]
        if objects:  # "pay offer": the former verb modifies its former object, which heads the phrase
            d = objects[0]
            heads[d], labels[d] = heads[v], labels[v]
            for c in range(a, b):
                if heads[c] == v and c != d:
                    heads[c] = d
            heads[v], labels[v] = d, "compound"
    _rebuild(words, pos, lemmas, tags, heads, labels, a, b, k, lemma)
    if pos[k] == "VERB":
        return True
    pos[:], lemmas[:], tags[:], heads[:], labels[:] = saved
    return False


def _hyphen_split_verb(words: list[str], starts: list[int], ends: list[int], pos: list[str], a: int, b: int) -> tuple[int, str, int] | None:
    """``(verb index, lemma, prefix index)`` of a headline verb the tokenizer split at its hyphen
    ("North Korea *Test-Fires* Ballistic Missile": "Test", "-", "Fires", all read as nouns), when
    no whole word stands in the verb's slot: a word, a hyphen and a word written together, the
    last a verb the lexicons know in its -s form (one subject, a headline's present) or base form
    after a plural, the first right after the subject's last noun, and the object's first word
    after it.  The prefix and the hyphen hang on the verb, as spaCy parses the same verb in a
    sentence ("test-fired": "test" a modifier of "fired"; stop 41, e53, the lead's leftover)."""
    from newsmodel.engines.headline_clauses import _AFTER_VERB, _SUBJECT_END
    from newsmodel.engines.rules.headline_verbs import _plural, _verb_lemma

    for k in range(a + 1, b - 3):
        if words[k + 1] != "-" or ends[k] != starts[k + 1] or ends[k + 1] != starts[k + 2]:
            continue
        if pos[k - 1] not in _SUBJECT_END or pos[k + 3] not in _AFTER_VERB:
            continue
        hit = _verb_lemma(words[k + 2].lower())
        if hit is None or not words[k].isalpha():
            continue
        lemma, s_form = hit
        if f"{words[k].lower()}-{lemma}" not in _hyphenated_verbs():
            continue  # only a hyphenated verb the trigger lexicon lists ("test-fire"), never a noun ("cease-fire")
        if s_form or _plural(words[k - 1].lower()):
            return k + 2, lemma, k
    return None


@lru_cache(maxsize=1)
def _hyphenated_verbs() -> frozenset[str]:
    """The hyphenated verb triggers of ``event_triggers.tsv`` ("test-fire")."""
    from newsmodel.lexicons import rows

    return frozenset(r[0] for r in rows("event_triggers.tsv") if len(r) > 1 and r[1] == "VERB" and "-" in r[0] and " " not in r[0])


def _subject_and_object(pos: list[str], heads: list[int | None], labels: list[str], r: int, a: int, b: int) -> None:
    """"Court *Sentences* Former Treasurer to ...": the verb found, but the noun before it made its
    compound and the noun after it a bare modifier. With no subject, the last nominal word that
    hangs on the verb from before it is its subject; with no object, a bare nominal after it
    (``obl:npmod``, ``appos``, ``compound``; no preposition of its own) is its object."""
    deps = [k for k in range(a, b) if heads[k] == r]
    if not any(labels[k] in ("nsubj", "nsubj:pass", "csubj") for k in deps):
        before = [k for k in deps if k < r and pos[k] in _NOMINAL and labels[k] in ("compound", "dep", "npadvmod", "obl:npmod")]
        if before:
            labels[before[-1]] = "nsubj"
    if not any(labels[k] in ("obj", "ccomp", "xcomp") for k in deps):
        bare = [k for k in deps if k > r and pos[k] in _NOMINAL and labels[k] in ("obl:npmod", "appos", "compound", "dep")]
        if bare and not any(heads[c] == bare[0] and labels[c] == "case" for c in range(a, b)):
            labels[bare[0]] = "obj"


def _passive_headline(pos: list[str], tags: list[str], heads: list[int | None], labels: list[str], r: int, a: int, b: int) -> bool:
    """"Two Reporters Detained by Police": a noun root whose participle (``acl``, tagged VBN) comes
    right after its noun phrase is a passive clause without its auxiliary -- the participle is the
    root and the noun its passive subject. True when the clause was rebuilt so."""
    c = r + 1
    if c >= b or heads[c] != r or labels[c] != "acl" or pos[c] != "VERB" or tags[c] != "VBN":
        return False
    if any(pos[k] in ("VERB", "AUX") and k != c and labels[k] not in ("amod", "compound") for k in range(a, b)):
        return False
    heads[c], labels[c] = None, "root"
    heads[r], labels[r] = c, "nsubj:pass"
    for k in range(c + 1, b):
        if heads[k] == r and labels[k] in ("nmod", "obl", "appos"):
            heads[k], labels[k] = c, "obl"
    return True


def _tops(heads: list[int | None], a: int, b: int) -> list[int]:
    """The words of ``a:b`` whose head lies outside it."""
    return [k for k in range(a, b) if heads[k] is None or not a <= heads[k] < b]  # type: ignore[operator]


def _head_of_part(heads: list[int | None], labels: list[str], pos: list[str], a: int, b: int, new: list[int | None], new_labels: list[str]) -> int | None:
    """Hang the top words of ``a:b`` on its last nominal top word, which is returned."""
    tops = _tops(heads, a, b)
    nominal = [k for k in tops if pos[k] in _NOMINAL] or [k for k in range(a, b) if pos[k] in _NOMINAL]
    if not nominal and a + 1 == b and pos[a] == "ADJ":
        pos[a] = "NOUN"  # a one-word subject read as an adjective: "Tribunal sentences ..."
        nominal = [a]
    if not nominal:
        return None
    h = nominal[-1]
    for k in tops:
        if k != h:
            new[k] = h
            new_labels[k] = labels[k] if labels[k] in _KEPT else "compound"
    return h  # the caller hangs it on the verb


def _rebuild(words: list[str], pos: list[str], lemmas: list[str], tags: list[str], heads: list[int | None], labels: list[str], a: int, b: int, k: int, lemma: str, prefix: int | None = None) -> None:
    """Rebuild the verbless clause ``a:b`` around the verb ``k`` (see the module docstring); a
    ``prefix`` split from the verb at its hyphen (``prefix`` .. ``k`` - 1) hangs on the verb."""
    new = list(heads)
    new_labels = list(labels)
    subject = _head_of_part(heads, labels, pos, a, k if prefix is None else prefix, new, new_labels)
    if prefix is not None:
        for j in range(prefix, k):
            new[j], new_labels[j] = k, "punct" if words[j] == "-" else "obl:npmod"
    end = k + 1
    while end < b and pos[end] not in ("ADP", "PUNCT", "CCONJ", "SCONJ", "PART"):
        end += 1
    obj = _head_of_part(heads, labels, pos, k + 1, end, new, new_labels) if end > k + 1 else None
    new[k], new_labels[k] = None, "root"
    if subject is not None:
        new[subject], new_labels[subject] = k, "nsubj"
    if obj is not None:
        new[obj], new_labels[obj] = k, "obj"
    of_phrase = end < b and words[end].lower() == "of" and obj is not None
    for j in range(end, b):
        h = heads[j]
        if h is not None and end <= h < b:
            continue  # inside a phrase after the object
        if of_phrase and pos[j] in _NOMINAL and h == obj:
            continue  # "Treatment of Minorities": the object's own of-phrase
        new[j] = k
        if pos[j] in _NOMINAL and labels[j] in _TO_OBLIQUE:
            new_labels[j] = "obl"
        elif labels[j] == "root":
            new_labels[j] = "dep"
    if not _is_tree(new, a, b):
        return
    heads[a:b] = new[a:b]
    labels[a:b] = new_labels[a:b]
    pos[k], lemmas[k] = "VERB", lemma
    tags[k] = "VBZ" if words[k].lower() != lemma and words[k].lower().endswith("s") else "VBP"


def _is_tree(heads: list[int | None], a: int, b: int) -> bool:
    """Every word of ``a:b`` reaches the one root without a cycle."""
    for k in range(a, b):
        seen = 0
        h = heads[k]
        while h is not None:
            seen += 1
            if seen > b - a or not a <= h < b:
                return False
            h = heads[h]
    return sum(1 for k in range(a, b) if heads[k] is None) == 1
