"""Dependency-tree helpers over the engine-neutral document.

Parse-based rules ask a handful of questions of the tree -- "which tokens
does this clause cover?", "where is this verb's subject?", "which auxiliaries
belong to this verb?" -- and must answer them the same way whichever engine
produced the parse, so the answers live here.  Every function takes token
indices and returns token indices (or a character span), never engine
objects.
"""

from __future__ import annotations

from functools import lru_cache

from ..document import AnnotatedDocument, Token
from ..lexicons import rows, speech_verbs

#: Relations that attach a clause's own subject.
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
#: Relations whose dependent is a function word attached to a verb.
AUX_DEPS = frozenset({"aux", "aux:pass"})


def subtree(doc: AnnotatedDocument, i: int, *, exclude: frozenset[int] = frozenset()) -> list[int]:
    """Indices of token ``i`` and all its descendants (skipping ``exclude`` branches), sorted."""
    children = doc.children
    stack = [i]
    seen: set[int] = set()
    while stack:
        k = stack.pop()
        if k in seen or k in exclude:
            continue
        seen.add(k)
        stack += [c.i for c in children(k)]
    return sorted(seen)


def subtree_bounds(doc: AnnotatedDocument, i: int) -> tuple[int, int]:
    """First and last token index (inclusive) of the subtree rooted at ``i``."""
    indices = subtree(doc, i)
    return indices[0], indices[-1]


def contiguous(doc: AnnotatedDocument, indices: list[int], anchor: int) -> tuple[int, int]:
    """The run of consecutive indices around ``anchor`` (inclusive bounds).

    A subtree is contiguous in a projective parse; statistical parsers are
    not always projective, so a span is cut at the first gap to keep it a
    single stretch of the text.
    """
    members = set(indices)
    lo = hi = anchor
    while lo - 1 in members:
        lo -= 1
    while hi + 1 in members:
        hi += 1
    return lo, hi


def trim(doc: AnnotatedDocument, lo: int, hi: int, *, keep_quotes: bool = True) -> tuple[int, int] | None:
    """Drop punctuation (and conjunctions) at the edges of tokens ``lo..hi`` (inclusive)."""
    toks = doc.tokens

    def edge(t: Token) -> bool:
        if t.pos == "PUNCT" or (not t.text.strip()):
            return not (keep_quotes and t.text in "\"“”‘’'«»") or t.text in ",.;:"
        return t.pos == "CCONJ"

    while lo <= hi and edge(toks[lo]):
        lo += 1
    while hi >= lo and edge(toks[hi]):
        if toks[hi].text in _CLOSERS and any(toks[k].text == _CLOSERS[toks[hi].text] for k in range(lo, hi)):
            break  # keep the bracket that closes one opened inside: "Paul Ryan (R-Wis.)"
        hi -= 1
    if lo > hi:
        return None
    return lo, hi


_CLOSERS = {")": "(", "]": "["}


def char_span(doc: AnnotatedDocument, lo: int, hi: int) -> tuple[int, int]:
    return doc.tokens[lo].start, doc.tokens[hi].end


def child(doc: AnnotatedDocument, i: int, *deps: str) -> Token | None:
    """The first child of ``i`` with one of the relations ``deps``."""
    for c in doc.children(i):
        if c.dep in deps:
            return c
    return None


def case_of(doc: AnnotatedDocument, i: int) -> str:
    """The preposition (``case`` child) of a nominal, lower-cased, or ''."""
    c = child(doc, i, "case")
    return c.text.lower() if c is not None else ""


def verb_group(doc: AnnotatedDocument, i: int) -> tuple[int, int]:
    """Token range (inclusive) of a verb with its adjacent auxiliaries and particle.

    "has said", "is promising", "called for" (with the particle or the
    preposition that introduces its content added by the caller).
    """
    lo = hi = i
    kids = {c.i: c for c in doc.children(i)}
    k = i - 1
    while k >= 0 and k in kids and kids[k].dep in AUX_DEPS | {"advmod"} and kids[k].text.lower() not in ("also", "then", "later"):
        lo = k
        k -= 1
    for c in doc.children(i):
        if c.dep == "compound:prt" and c.i == hi + 1:
            hi = c.i
    return lo, hi


def clause_subject(doc: AnnotatedDocument, verb: int, *, depth: int = 0) -> Token | None:
    """The subject of ``verb``, looking up through coordination and control.

    "He smiled and said ..." (``conj``), "... , adding that" (participle
    ``advcl``), "wants to say" (``xcomp``) and "was quoted as saying" all
    take their subject from the governing verb.
    """
    subjects = [c for c in doc.children(verb) if c.dep in SUBJECT_DEPS]
    if len(subjects) >= 2 and all(_apposed(doc, a.i, b.i) for a, b in zip(subjects, subjects[1:])):
        # "Lee Si-moon, the secretary general, vowed": one subject in apposition;
        # "His ex - wife agreed": one word the tokenizer split
        return subjects[0]
    if subjects:
        # a misparse can give a verb two subjects ("Brussels – On Tuesday,
        # the Kremlin countered"): the one nearest the verb is right
        return min(subjects, key=lambda c: abs(c.i - verb))
    passive = child(doc, verb, "nsubj:pass")
    agent = next((c for c in doc.children(verb) if c.dep in ("obl:agent",) or (c.dep == "obl" and case_of(doc, c.i) == "by")), None)
    if agent is not None and (passive is not None or doc.tokens[verb].tag == "VBN"):
        return agent  # "it was reported by X", "as reported by X"
    t = doc.tokens[verb]
    if depth < 3 and t.dep == "acl" and t.tag == "VBG" and t.head is not None:
        # "emailed supporters *saying* ...", "released a statement *saying* ...":
        # the message or its addressees do not speak, the sender does
        noun = doc.tokens[t.head]
        if noun.dep in ("obj", "obl") and noun.head is not None and doc.tokens[noun.head].pos in ("VERB", "AUX"):
            return clause_subject(doc, noun.head, depth=depth + 1)
    if depth < 3 and t.head is not None and t.head != verb:
        head = doc.tokens[t.head]
        if t.dep in ("conj", "xcomp", "advcl") and head.pos in ("VERB", "AUX"):
            infinitive = any(c.dep == "aux" and c.text.lower() == "to" for c in doc.children(verb))
            participle = t.text.lower().endswith("ing") and mark_of(doc, verb) in _SHARED_SUBJECT_MARKS and case_of(doc, verb) in ("", "as")
            if t.dep == "advcl" and not (participle or infinitive or case_of(doc, verb) == "as" or mark_of(doc, verb) == "as"):
                return None  # "met *to discuss*", "said, *adding*" share the subject; "because he said" does not
            found = clause_subject(doc, head.i, depth=depth + 1)
            if found is not None:
                return found
            if passive is None:
                return child(doc, head.i, "nsubj:pass")
    return None


#: Subordinators after which a participle shares the main clause's subject:
#: "..., adding that", "as saying", "after saying he was nervous, the man ...".
_SHARED_SUBJECT_MARKS = frozenset({"", "as", "after", "before", "while", "when", "since", "without", "by"})


def mark_of(doc: AnnotatedDocument, i: int) -> str:
    """The subordinator (``mark`` child) of clause ``i``, lower-cased, or ''."""
    c = child(doc, i, "mark")
    return c.text.lower() if c is not None else ""


def noun_phrase(doc: AnnotatedDocument, head: int) -> tuple[int, int]:
    """Inclusive token range of the noun phrase headed by ``head`` as written.

    Titles, compounds, appositions ("Ostrander, a Moreno surrogate,") and
    relative clauses are part of a source as attribution corpora mark it.
    """
    # the preposition of an agent ("by the Times") and a possessive marker
    # ("Trump's claim") are not part of the source, nor is a participle
    # clause set off by a comma ("Trump, appearing after Clinton, said");
    # PolNeAR keeps appositions and relative clauses ("Walt Brenner, who
    # chaired the league, said": 25 more exact sources on train with them)
    edges = {c.i for c in doc.children(head) if c.dep == "case"}
    edges |= {c.i for c in doc.children(head) if c.dep == "acl" and c.i > head and after_comma(doc, c.i)}
    # but a relative clause that is itself a report ("Mr. Dorsey, who emphasized
    # that his reforms would ...") is another attribution (train: 26 more exact sources)
    edges |= {c.i for c in doc.children(head) if c.dep == "acl:relcl" and c.i > head and c.lemma in speech_verbs()
              and any(k.dep in ("ccomp", "xcomp") for k in doc.children(c.i)) and after_comma(doc, c.i)}
    # nor is a time phrase after the head ("an arbitration panel in 2001")
    edges |= {c.i for c in doc.children(head) if c.i > head and c.dep.startswith(("nmod", "obl")) and is_time_entity(doc, c.i)}
    indices = subtree(doc, head, exclude=frozenset(edges))
    lo, hi = contiguous(doc, indices, head)
    t = doc.tokens[head]
    if t.dep in SUBJECT_DEPS and t.head is not None:
        # a name whose apposition the parser made a second subject, or the
        # pieces of a split word ("ex - wife")
        last = head
        for c in doc.children(t.head):
            if c.i > last and c.dep in SUBJECT_DEPS and _apposed(doc, last, c.i):
                hi = max(hi, max(subtree(doc, c.i)))
                last = c.i
    # a source never runs over a line break (headlines, timestamps before it)
    while lo < head and "\n" in doc.text[doc.tokens[lo].end : doc.tokens[head].start]:
        lo += 1
    # nor over a dash before its head: a dateline ("BRUSSELS - European
    # leaders") or the end of an aside ("... predictable - Donald J. Trump");
    # spaced, unlike the hyphen of "Castellanos-Berg" or "(R-Wis.)"
    for k in range(head - 1, lo - 1, -1):
        tk = doc.tokens[k]
        if tk.text in _DASHES and tk.start > 0 and doc.text[tk.start - 1].isspace() and doc.text[tk.end : tk.end + 1].isspace():
            lo = k + 1
            break
    while hi > head and "\n" in doc.text[doc.tokens[head].end : doc.tokens[hi].start]:
        hi -= 1
    # nor a focus adverb before it ("Even China", "Just 30 percent of voters")
    while lo < head and doc.tokens[lo].pos == "ADV" and doc.tokens[lo].dep == "advmod" and doc.tokens[lo].text.lower() in focus_adverbs():
        lo += 1
    trimmed = trim(doc, lo, hi, keep_quotes=False)
    return trimmed if trimmed is not None else (head, head)


def _apposed(doc: AnnotatedDocument, first: int, second: int) -> bool:
    """Two subjects of one verb that are really one phrase.

    A name and its apposition with only a comma between them, or pieces of
    one word that the tokenizer split, with no space between them.
    """
    end = max(subtree(doc, first))
    start = min(subtree(doc, second))
    if first > second:
        return False
    if start == end + 1 and doc.tokens[start].start == doc.tokens[end].end:
        return True
    return start == end + 2 and doc.tokens[end + 1].text == "," and doc.tokens[first].pos == "PROPN" and doc.tokens[second].pos == "NOUN"


@lru_cache(maxsize=1)
def focus_adverbs() -> frozenset[str]:
    """Adverbs left out at the start of a source (``focus_adverbs.tsv``)."""
    return frozenset(r[0].lower() for r in rows("focus_adverbs.tsv") if r)


def is_time_entity(doc: AnnotatedDocument, i: int) -> bool:
    """Token ``i`` is inside a date or time entity ("in 2001", "on Monday")."""
    return any(e.label in ("DATE", "TIME") for e in doc.entities_at(i))


_DASHES = frozenset({"-", "--", "—", "–", "―"})


def after_comma(doc: AnnotatedDocument, i: int) -> bool:
    """The clause headed by ``i`` starts right after a comma."""
    first = min(subtree(doc, i))
    return doc.tokens[first].text == "," or (first > 0 and doc.tokens[first - 1].text == ",")


def content_clause(doc: AnnotatedDocument, i: int) -> bool:
    """The noun at ``i`` has a "that" clause stating its content, which makes it a claim whatever the
    noun ("rejected attacks from his rivals that he was soft on crime"). A parser's ``acl`` or
    ``ccomp`` with "that" counts; an ``acl:relcl`` only when "that" is its ``mark`` (a conjunction):
    in a relative clause "that" is the subject or object ("attacks that killed ten": no claim)."""
    for c in doc.children(i):
        if c.dep in ("acl", "ccomp") and any(m.text.lower() == "that" for m in doc.children(c.i)):
            return True
        if c.dep == "acl:relcl" and any(m.dep == "mark" and m.text.lower() == "that" for m in doc.children(c.i)):
            return True
        if c.dep == "acl:relcl" and _gapless_that_clause(doc, c.i):
            return True
    # the parser may hang the clause on the last party of the noun's from/by phrase ("attacks from
    # Reyes and other candidates | that he was not a liberal", d9 stop 39): a whole clause there
    # still states the noun's content (a relative clause with a gap stays the party's)
    for n in _source_parties(doc, i):
        if any(c.dep == "acl:relcl" and _gapless_that_clause(doc, c.i) for c in doc.children(n.i)):
            return True
    return False


def _source_parties(doc: AnnotatedDocument, i: int) -> list[Token]:
    """The nouns of the from/by phrase of the noun at ``i`` and the nouns joined to them by "and"."""
    out = []
    for c in doc.children(i):
        if c.dep == "nmod" and any(m.dep == "case" and m.text.lower() in ("from", "by") for m in doc.children(c.i)):
            out.append(c)
            out.extend(m for m in doc.children(c.i) if m.dep == "conj")
    return out


def _gapless_that_clause(doc: AnnotatedDocument, v: int) -> bool:
    """A "relative" clause whose "that" the parser made an oblique while the clause is whole -- its
    own subject and a copula's complement or the verb's object ("complaints from Lee and two
    rivals that she was a soft touch on taxes", d9 stop 39): nothing is left for "that" to stand
    for, so it opens a content clause.  "the week that he was away" has no complement noun, and
    "the city that he was born in" a passive with none."""
    kids = list(doc.children(v))
    if not any(m.dep == "obl" and m.text.lower() == "that" for m in kids) or not any(m.dep in ("nsubj", "nsubj:pass") for m in kids):
        return False
    return any(m.dep in ("attr", "obj", "dobj") and m.pos in ("NOUN", "PROPN", "PRON") for m in kids)


#: Forms of "be" that make a passive with a participle after them.
BE_FORMS = frozenset({"is", "are", "was", "were", "been", "be", "being"})


def be_before(doc: AnnotatedDocument, t: Token) -> int | None:
    """The index of the form of "be" right before ``t``, adverbs between ("was quickly released"),
    or None -- also when it opens the sentence, where no subject precedes it. The words-only test
    for a passive that the rules engine's role and pattern readers share."""
    lo = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k > lo and doc.tokens[k].pos == "ADV":
        k -= 1
    return k if k > lo and doc.tokens[k].text.lower() in BE_FORMS else None
