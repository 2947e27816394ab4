"""What a cue verb's content is, by its frame (``cue_frames.tsv``).

A clausal complement ("said *that the talks failed*"), an infinitive
("plans *to run*"), an object ("cited *the report*"), an object with its
predicate ("called *the deal a disaster*") or a prepositional object
("called for *a recount*"); failing those, the clause a parenthetical cue
is set into ("The museum, he said, would …").
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...lexicons import cue_frames
from .name_glosses import name_glosses
from ..tree import (
    after_comma,
    case_of,
    child,
    contiguous,
    is_time_entity,
    mark_of,
    subtree,
    trim,
)


def frames_of(doc: AnnotatedDocument, t: Token, frames: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The cue frames of verb ``t``: its lemma's, else its phrasal verb's ("point out")."""
    return frames.get(t.lemma) or _phrasal_frames(doc, t, frames)


def _phrasal_frames(doc: AnnotatedDocument, t: Token, frames: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """Frames of a phrasal verb ("point out") from its particle."""
    prt = child(doc, t.i, "compound:prt")
    if prt is None:
        return None
    return frames.get(f"{t.lemma} {prt.text.lower()}")


#: What a frame finds: the content tokens ``lo..hi`` (inclusive), tokens
#: that belong to the cue ("called *for*") and further content pieces.
Content = tuple[int, int, list[int], list[tuple[int, int]]]


def cue_content(doc: AnnotatedDocument, t: Token, frames: tuple[str, ...]) -> Content | None:
    """The content tokens (inclusive range) of cue ``t`` under the first frame that applies.

    Returns ``(lo, hi, extra_cue_tokens, more_pieces)``: a preposition that
    introduces the content ("called *for*") belongs to the cue, and a content
    interrupted by its cue has a second piece.  Frames are tried in the
    lexicon's order; when none applies, the clause hangs on a medium noun
    ("says in a statement that ...") or the cue is set into its content
    ("The museum, he said, would ...").
    """
    kids = doc.children(t.i)
    for frame in frames:
        rel, _, prep = frame.partition(":")
        if rel == "subj+xcomp":
            continue  # sourceless frames are read by find_hedges()
        if rel == "obj+xcomp":
            found = _object_and_predicate(doc, t, kids)
        elif rel == "obj+as":
            found = _object_as_predicate(doc, t, kids)
        elif rel == "obl":
            found = _prepositional_object(doc, t, kids, prep)
        elif rel == "obj":
            found = _passive_subject(doc, kids) or _complement(doc, t, kids, rel)
        else:
            found = _complement(doc, t, kids, rel)
        if found is not None:
            return found
    return _clause_on_medium_noun(doc, t, kids, frames) or _clause_around_cue(doc, t, kids, frames)


#: Verbs that put a question to someone ("asked the mayor whether ...").
QUESTION_VERBS = frozenset({"ask", "question"})

#: Words that open an embedded question ("whether the vote would pass").
_QUESTION_WORDS = frozenset({"whether", "if", "what", "how", "why", "when", "where", "who", "whom", "which"})


def _embedded_question(doc: AnnotatedDocument, c: Token) -> bool:
    """Clause ``c`` is an embedded question: its first word is "whether", "if" or a wh-word."""
    return doc.tokens[min(subtree(doc, c.i))].text.lower() in _QUESTION_WORDS


def _object_and_predicate(doc: AnnotatedDocument, t: Token, kids: list[Token]) -> Content | None:
    """``obj+xcomp``: "called *the deal a disaster*".

    An embedded question after the object is no predicate of it: "asked the
    mayor *whether the vote would pass*" asks the clause, not the mayor
    (PolNeAR marks the clause alone), and the ``ccomp`` frame reads it.
    """
    obj = next((c for c in kids if c.dep == "obj"), None)
    if obj is None and any(c.dep == "obl:agent" for c in kids):
        # "The council was urged by residents to reopen the library": the
        # passive subject is the object the agent urged
        obj = next((c for c in kids if c.dep == "nsubj:pass"), None)
    pred = next((c for c in kids if c.dep in ("xcomp", "ccomp") and c.i > t.i and (obj is None or c.i > obj.i)
                 and not (c.dep == "ccomp" and _embedded_question(doc, c))), None)
    if obj is None and pred is not None:
        # "Moreno called Becker a liar" parsed as two predicates
        second = next((c for c in kids if c.dep == "xcomp" and c.i > pred.i), None)
        if second is not None and pred.pos in ("PROPN", "PRON", "NOUN"):
            obj, pred = pred, second
    if obj is not None and pred is None and _quoted_label_inside(doc, obj):
        # "called the use of decrees ''quite reckless''": the parser hangs the quoted
        # predicate inside the object; the object's phrase holds both
        # up to the label's closing quote: what follows is the writer's ("... ''the next Lincoln'' --
        # the president whom ...", "''rigged'' in a tweet Tuesday")
        idx = subtree(doc, obj.i)
        opening = next(k for k in idx if k > obj.i and doc.tokens[k].text in _OPENING_QUOTES)
        closing = next((k for k in range(opening + 1, len(doc.tokens)) if doc.tokens[k].text in _CLOSING_QUOTES), None)
        pieces = _pieces(doc, [k for k in idx if closing is None or k <= closing])
        return (pieces[0][0], pieces[0][1], [], pieces[1:]) if pieces else None
    if obj is None or pred is None:
        return None
    pieces = _pieces(doc, subtree(doc, obj.i) + subtree(doc, pred.i))
    if pieces:
        return pieces[0][0], pieces[0][1], [], pieces[1:]
    return None


#: Quotation marks that open a quoted label.
_OPENING_QUOTES = frozenset({'"', "\u201c", "``", "''", "'"})
#: Quotation marks that close one.
_CLOSING_QUOTES = frozenset({'"', "\u201d", "''", "'"})


def _quoted_label_inside(doc: AnnotatedDocument, obj: Token) -> bool:
    """The object's phrase ends in a quotation that opens after its head noun: the quoted
    predicate of "called X ''Y''" read as a modifier or an apposition of X."""
    idx = subtree(doc, obj.i)
    words = [k for k in idx if doc.tokens[k].pos != "PUNCT"]
    opening = next((k for k in idx if k > obj.i and doc.tokens[k].text in _OPENING_QUOTES), None)
    if opening is None or not words or words[-1] <= opening:
        return False
    # the label hangs on the object itself or one of its own dependents ("including ''playbooks''
    # that ..." deeper in the phrase is a quoted word, no label)
    head = doc.tokens[opening].head
    return head == obj.i or head is not None and doc.tokens[head].head == obj.i


def _object_as_predicate(doc: AnnotatedDocument, t: Token, kids: list[Token]) -> Content | None:
    """``obj+as``: "sees *Moreno as a uniter*" -- only with the predicate."""
    obj = next((c for c in kids if c.dep == "obj" and c.i > t.i), None)
    pred = next((c for c in kids if obj is not None and c.i > obj.i and (c.dep == "xcomp" or c.dep.startswith("obl") and case_of(doc, c.i) == "as")), None)
    if obj is None or pred is None:
        return None
    span = contiguous_span(doc, subtree(doc, obj.i) + subtree(doc, pred.i), obj.i)
    if span is not None:
        return span[0], span[1], [], []
    return None


def _passive_subject(doc: AnnotatedDocument, kids: list[Token]) -> Content | None:
    """``obj`` of a passive: "Lund is supported by far fewer unions" --
    the passive subject is what the agent supports."""
    passive = next((c for c in kids if c.dep == "nsubj:pass"), None)
    if passive is not None and any(c.dep == "obl:agent" for c in kids):
        span = contiguous_span(doc, subtree(doc, passive.i), passive.i)
        if span is not None:
            return span[0], span[1], [], []
    return None


def _prepositional_object(doc: AnnotatedDocument, t: Token, kids: list[Token], prep: str) -> Content | None:
    """``obl:PREP``: "called for *a recount*", "talked about *pairing nurses with clinics*"."""
    for c in kids:
        # "called the vote rigged in a post on Monday": a date is no prepositional object
        if c.dep.startswith("obl") and c.i > t.i and case_of(doc, c.i) == prep and not is_time_entity(doc, c.i):
            case = child(doc, c.i, "case")
            excl = frozenset({case.i}) if case is not None else frozenset()
            idx = subtree(doc, c.i, exclude=excl)
            for d in kids:  # "referred to Moreno *as a leader*", "called on Congress *to act*"
                if d.i > c.i and (d.dep.startswith("obl") and case_of(doc, d.i) == "as" or d.dep == "xcomp"):
                    idx += subtree(doc, d.i)
            span = contiguous_span(doc, idx, c.i)
            if span is not None:
                return span[0], span[1], [case.i] if case is not None and case.i == t.i + 1 else [], []
        # "talked about *pairing nurses with clinics*", "talks about *how* ...":
        # the preposition introduces a clause
        if c.dep == "advcl" and c.i > t.i and mark_of(doc, c.i) == prep:
            m = child(doc, c.i, "mark")
            assert m is not None  # mark_of found it
            span = contiguous_span(doc, subtree(doc, c.i, exclude=frozenset({m.i})), c.i)
            if span is not None:
                return span[0], span[1], [m.i] if m.i == t.i + 1 else [], []
    return None


def _complement(doc: AnnotatedDocument, t: Token, kids: list[Token], rel: str) -> Content | None:
    """A dependent of relation ``rel``: a clause ("said *that ...*"), an
    infinitive ("plans *to run*") or an object ("cited *the report*")."""
    # complements after the cue first: one before it is usually another
    # clause the cue is attached to ("X said A; Y said B")
    for c in sorted(kids, key=lambda c: (c.i < t.i, c.i)):
        # "asked the students if they were ready": the parser reads the question as a condition
        asked_if = rel == "ccomp" and c.dep == "advcl" and c.i > t.i and t.lemma in QUESTION_VERBS and mark_of(doc, c.i) in ("if", "whether")
        if c.dep != rel and not asked_if:
            continue
        if rel == "ccomp" and c.i < t.i and _has_own_content(doc, c) and any(k.i > t.i and k.dep in ("ccomp", "obj", "xcomp", "parataxis") for k in kids):
            continue  # "X said A; Y insisted B"; but "X called for A, sources said" reports X's call
        if rel == "obj" and (c.pos == "PRON" and c.text.lower() in ("it", "this", "that", "so") or c.i < t.i):
            continue
        if rel == "xcomp" and c.i < t.i:
            continue
        if rel == "parataxis" and c.i < t.i:
            continue
        if rel == "advcl" and (c.i < t.i or mark_of(doc, c.i) not in ("", "that") or child(doc, c.i, "nsubj", "nsubj:pass", "expl") is None):
            continue  # "said after the vote he would ...": a misparsed complement
        excl = _conjoined_cues(doc, c.i)
        if rel == "obj":
            # "a Moreno win in Ohio, which votes on May 3": the object
            # without a comma-set relative clause or a dash-set apposition
            excl |= frozenset(d.i for d in doc.children(c.i) if d.i > c.i and (
                d.dep in ("acl:relcl", "acl") and after_comma(doc, d.i)
                or d.dep == "appos" and doc.tokens[min(subtree(doc, d.i)) - 1].text in ("—", "–", "--", "(")))
            # "criticism of Dana Kowalski, who took flak for ...": also on a name deeper in the object
            excl |= frozenset(d.i for k in subtree(doc, c.i) if k != c.i and doc.tokens[k].pos == "PROPN" for d in doc.children(k)
                              if d.dep == "acl:relcl" and d.i > k and after_comma(doc, d.i))
        # "vowed to repeal the Hyde Amendment, a federal rule that ...": the writer's gloss on a name
        excl |= name_glosses(doc, c.i, exclude=excl)
        idx = subtree(doc, c.i, exclude=excl)
        if rel == "obj":
            # "cited the remarks *as examples of* ...", "accused X *of lying*",
            # "blamed X *for* ...": the predicate of the object
            for d in kids:
                if d.i > c.i and (d.dep == "xcomp" or d.dep.startswith("obl") and case_of(doc, d.i) in ("as", "of", "for")
                                  or d.dep == "advcl" and mark_of(doc, d.i) in ("of", "for", "as")):
                    idx += subtree(doc, d.i)
            idx += _attached_modifiers(doc, t, max(idx))
            # the object and its predicate may lie apart ("what officials
            # called an act of arson"): one piece each
            pieces = _pieces(doc, idx)
            if len(pieces) > 1 or pieces and (pieces[0][1] > pieces[0][0] or c.pos in ("PROPN", "NOUN")):
                return pieces[0][0], pieces[0][1], [], pieces[1:]
            continue
        span = contiguous_span(doc, idx, c.i)
        if span is None:
            continue
        if span[1] == span[0]:
            continue  # one word is content only as a named or nominal object (above: "endorsed Trump")
        return span[0], span[1], [], []
    return None


def _clause_on_medium_noun(doc: AnnotatedDocument, t: Token, kids: list[Token], frames: tuple[str, ...]) -> Content | None:
    """"says in a statement that the vote ...": the parser hangs the clause on
    the medium noun instead of the cue."""
    if any(f in ("ccomp", "parataxis") for f in frames):
        for c in kids:
            if c.i > t.i and c.dep.startswith("obl"):
                clause = next((d for d in doc.children(c.i) if d.dep in ("acl", "ccomp") and d.i > c.i and mark_of(doc, d.i) == "that"), None)
                if clause is not None:
                    span = contiguous_span(doc, subtree(doc, clause.i), clause.i)
                    if span is not None:
                        return span[0], span[1], [], []
    return None


def _clause_around_cue(doc: AnnotatedDocument, t: Token, kids: list[Token], frames: tuple[str, ...]) -> Content | None:
    """"CONTENT, he said" / "The museum, he said, would ...": the cue is a
    parataxis dependent of the content's verb; the content is that clause
    without the cue's own phrase, in one or two pieces.  "The talks failed,
    as Peskov said": an "as" clause on the content's verb."""
    as_clause = t.dep == "advcl" and mark_of(doc, t.i) == "as"
    # ("as people continue to cross", "as Bush continued to interject": a
    # verb with a complement of its own is not a cue set into the content)
    own_complement = any(k.i > t.i and k.dep in ("obj", "xcomp", "ccomp") for k in kids)
    if (t.dep == "parataxis" or as_clause) and t.head is not None and any(f in ("ccomp", "parataxis") for f in frames) and not own_complement:
        pieces = _runs(doc, [k for k in subtree(doc, t.head, exclude=frozenset({t.i}))])
        if pieces:
            return pieces[0][0], pieces[0][1], [], pieces[1:]
    return None


def _pieces(doc: AnnotatedDocument, indices: list[int]) -> list[tuple[int, int]]:
    """Object and predicate of "called X Y" as one or two pieces.

    Punctuation and quote marks between them do not split the content
    ("called the bomb ''a marvelous gift''"); the cue or other words
    between them do ("what officials called an act of arson", "called them
    in an article ''Manchurian anchors''").
    """
    idx = sorted(set(indices))
    filled = list(idx)
    for a, b in zip(idx, idx[1:]):
        if b > a + 1 and all(doc.tokens[k].pos == "PUNCT" for k in range(a + 1, b)):
            filled.extend(range(a + 1, b))
    return _runs(doc, filled)


def _has_own_content(doc: AnnotatedDocument, c: Token) -> bool:
    """Clause ``c`` is itself a cue with a subject and a content after it.

    "X said A; Y insisted B" can parse with the first clause as a complement
    of the second cue; "Those talks are continuing, he said" is content even
    though "continue" can be a cue.
    """
    rels = {f.partition(":")[0] for f in cue_frames().get(c.lemma, ())}
    if not rels or child(doc, c.i, "nsubj") is None:
        return False
    return any(k.dep in rels and k.i > c.i for k in doc.children(c.i))


def _runs(doc: AnnotatedDocument, indices: list[int]) -> list[tuple[int, int]]:
    """Maximal runs of consecutive token indices, each trimmed of edge punctuation."""
    runs: list[tuple[int, int]] = []
    for k in sorted(indices):
        if runs and runs[-1][1] == k - 1:
            runs[-1] = (runs[-1][0], k)
        else:
            runs.append((k, k))
    out = []
    for lo, hi in runs:
        t = trim(doc, lo, hi)
        if t is not None:
            out.append(t)
    return out


#: Subordinators of a comma-set clause that comments on the content rather than continuing it.
_ASIDE_MARKS = frozenset({"although", "though", "even", "while", "whereas"})


def _conjoined_cues(doc: AnnotatedDocument, head: int) -> frozenset[int]:
    """Conjuncts of a content clause that are cues of their own.

    "said that A and insisted that B": parsers often hang "insisted" on A's
    verb; B is then another statement, not more of this content.
    """
    frames = cue_frames()
    out = {
        c.i for c in doc.children(head)
        if c.dep == "conj" and c.lemma in frames
        and any(k.dep in ("ccomp", "obj", "xcomp") for k in doc.children(c.i))
        and child(doc, c.i, "nsubj", "nsubj:pass") is None  # "… and that he can understand …" is more content
    }
    # "that skipping the inspection was wise, although he again refused to ...": a
    # concession set off after the content is the writer's aside
    out |= {
        c.i for c in doc.children(head)
        if c.dep == "advcl" and c.i > head and mark_of(doc, c.i) in _ASIDE_MARKS and after_comma(doc, c.i)
    }
    # ", referring to the convention": a participle set off after the content
    # comments on the speaking, it is not what was said
    out |= {
        c.i for c in doc.children(head)
        if c.dep == "advcl" and c.i > head and c.text.lower().endswith("ing") and c.lemma in frames
        and child(doc, c.i, "mark") is None and after_comma(doc, c.i)
    }
    return frozenset(out)


def contiguous_span(doc: AnnotatedDocument, indices: list[int], anchor: int) -> tuple[int, int] | None:
    lo, hi = contiguous(doc, indices, anchor)
    return trim(doc, lo, hi)


def _attached_modifiers(doc: AnnotatedDocument, cue: Token, last: int) -> list[int]:
    """Prepositional phrases right after an object that the parser hung on the cue.

    "issued a statement *in observance of Diwali*", "published portions of the
    returns *from 1995*": attachment is ambiguous and parsers favour the
    verb; the phrase reads as part of the object.  A time phrase ("on
    Monday") stays with the verb.
    """
    out: list[int] = []
    for d in doc.children(cue.i):
        if d.i <= last or not d.dep.startswith("obl"):
            continue
        idx = subtree(doc, d.i)
        if idx[0] != last + 1 or _temporal(doc, d):
            break
        out += idx
        last = idx[-1]
    return out


def _temporal(doc: AnnotatedDocument, t: Token) -> bool:
    """A time phrase: a date or time entity, or one introduced by a time preposition ("during the debate")."""
    return case_of(doc, t.i) in _TIME_PREPOSITIONS or is_time_entity(doc, t.i)


#: Prepositions that make a time phrase whatever their object ("during the debates").
#: ("after", "before", "amid" also head clauses the content goes on with: train flat)
_TIME_PREPOSITIONS = frozenset({"during"})
