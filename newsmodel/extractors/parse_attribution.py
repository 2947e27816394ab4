"""Indirect attribution read off the dependency parse.

Used instead of the surface rules of :mod:`.statements` whenever the engine
gives a parse (spaCy, stanza).  For every cue verb (``speech_verbs.tsv``
plus the verbs of ``cue_frames.tsv``) the content is the argument its frame
names -- a clausal complement ("said *that the talks failed*"), an
infinitive ("plans *to run*"), an object ("cited *the report*"), an object
with its predicate ("called *the deal a disaster*") or a prepositional
object ("called for *a recount*") -- and the source is the verb's subject as
written, found through coordination, participles and passives ("was quoted
as saying", "it was reported by X").

Questions, negated cues and cues inside quotes are skipped; so is a
complement that is itself a quote already attributed by the direct-quote
rule.
"""

from __future__ import annotations

from functools import lru_cache

from ..document import AnnotatedDocument, Token
from ..lexicons import rows
from .attribution import Attribution, Context, Source
from .mentions import is_negated, speech_verbs
from .tree import after_comma, case_of, char_span, child, clause_subject, contiguous, is_time_entity, mark_of, subtree, trim, verb_group

#: Content frames of the plain speech/cognition lexicon: a clause, or for
#: cognition verbs also an infinitive ("hopes to win").
_DEFAULT_FRAMES = {"speech": ("ccomp", "parataxis", "advcl", "xcomp"), "cognition": ("ccomp", "xcomp", "advcl"), "report": ("ccomp", "obj")}


@lru_cache(maxsize=1)
def cue_frames() -> dict[str, tuple[str, ...]]:
    """Lemma -> content frames, from ``cue_frames.tsv`` then the speech-verb classes."""
    frames: dict[str, tuple[str, ...]] = {lemma: _DEFAULT_FRAMES.get(cls, ("ccomp",)) for lemma, cls in speech_verbs().items()}
    for r in rows("cue_frames.tsv"):
        if len(r) >= 2:
            frames[r[0]] = tuple(f.strip() for f in r[1].split(",") if f.strip())
    return frames


def parse_attributions(ctx: Context, found: list[Attribution], cue_tokens: set[int]) -> None:
    """Add the parse-based indirect attributions of ``ctx.doc`` to ``found``."""
    doc = ctx.doc
    frames = cue_frames()
    covered = [(a.content[0][0], a.content[-1][1]) for a in found]
    for t in doc.tokens:
        if t.i in cue_tokens or t.pos not in ("VERB", "AUX") or ctx.quoted[t.start]:
            continue
        fr = _frames_of(doc, t, frames)
        if not fr or is_negated(doc, t) or ctx.in_question(t.sent):
            continue
        if "subj+xcomp" in fr and child(doc, t.i, "nsubj:pass") is not None:
            continue  # "X is expected to win": a sourceless hedge, read by hedges()
        content = _content(doc, t, fr)
        if content is None:
            continue
        lo, hi, extra, more = content
        start, end = char_span(doc, lo, hi)
        if any(a <= start and end <= b for a, b in covered) or _already_quoted(ctx, found, start, end):
            continue
        src = _source(ctx, t)
        if src is None and not _bare_participle(doc, t):
            continue
        if src is not None and src.start < end and start < src.end:
            continue  # subject inside the content: a misparse
        c_lo, c_hi = verb_group(doc, t.i)
        for k in extra:
            c_hi = max(c_hi, k)
        cue = char_span(doc, c_lo, c_hi)
        spans = [(start, end)] + [char_span(doc, a, b) for a, b in more]
        if not more and src is not None and end <= min(src.start, cue[0]):
            # "A, he said, B.": the content resumes after the cue
            last = max(c_hi, doc.token_at(src.end - 1).i if doc.token_at(src.end - 1) else c_hi)
            resumed = ctx.resumed_content(last)
            if resumed is not None:
                spans.append(resumed)
        kind = "mixed" if any(ctx.quoted[k] for s0, e0 in spans for k in range(s0, e0)) else "indirect"
        found.append(Attribution(cue, src, spans, kind, 0.8))
        covered.append((start, spans[-1][1]))
        cue_tokens.add(t.i)


@lru_cache(maxsize=1)
def cue_noun_frames() -> dict[str, tuple[str, ...]]:
    """Noun lemma -> content frames, from ``cue_nouns.tsv``."""
    return {r[0]: tuple(f.strip() for f in r[1].split(",") if f.strip()) for r in rows("cue_nouns.tsv") if len(r) >= 2}


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """Verbs that lend a cue noun their subject ("made the claim"), from ``light_verbs.tsv``."""
    return frozenset(r[0] for r in rows("light_verbs.tsv") if r)


def noun_attributions(ctx: Context, found: list[Attribution], cue_tokens: set[int]) -> None:
    """Attributions carried by a noun: "Trump's claim that ...", "the warning by officials that ..."."""
    doc = ctx.doc
    frames = cue_noun_frames()
    covered = [(s, e) for a in found for s, e in a.content]
    for t in doc.tokens:
        fr = frames.get(t.lemma) if t.pos == "NOUN" else None
        if not fr or t.i in cue_tokens or ctx.quoted[t.start] or ctx.in_question(t.sent):
            continue
        content = _noun_content(doc, t, fr)
        if content is None:
            continue
        lo, hi, extra = content
        start, end = char_span(doc, lo, hi)
        if any(s < end and start < e for s, e in covered):
            continue
        src = _noun_source(ctx, t)
        if src is None or (src.start < end and start < src.end):
            continue
        c_hi = max([t.i] + extra)
        found.append(Attribution(char_span(doc, t.i, c_hi), src, [(start, end)], "indirect", 0.65))
        covered.append((start, end))
        cue_tokens.add(t.i)


def _noun_content(doc: AnnotatedDocument, t: Token, frames: tuple[str, ...]) -> tuple[int, int, list[int]] | None:
    kids = doc.children(t.i)
    for frame in frames:
        rel, _, prep = frame.partition(":")
        for c in kids:
            if c.i < t.i:
                continue
            if rel == "acl" and c.dep == "acl" and (mark_of(doc, c.i) == "that" or any(a.dep == "aux" and a.text.lower() == "to" for a in doc.children(c.i))):
                span = _span(doc, subtree(doc, c.i), c.i)
                if span is not None:
                    return span[0], span[1], []
            if rel == "nmod" and c.dep == "nmod" and case_of(doc, c.i) == prep:
                case = child(doc, c.i, "case")
                excl = frozenset({case.i}) if case is not None else frozenset()
                span = _span(doc, subtree(doc, c.i, exclude=excl), c.i)
                if span is not None:
                    return span[0], span[1], [case.i] if case is not None and case.i == t.i + 1 else []
    return None


def _noun_source(ctx: Context, t: Token) -> Source | None:
    """The possessor, the "by"/"from" phrase, or the subject of a light verb governing the noun."""
    doc = ctx.doc
    for c in doc.children(t.i):
        if c.dep == "nmod:poss" and c.i < t.i:
            # "Trump's claim that": PolNeAR marks the possessor with its "'s"
            src = ctx.np_source(c)
            mark = child(doc, c.i, "case")
            if mark is not None and mark.i == doc.token_at(src.end - 1).i + 1:
                return Source(src.start, mark.end, src.actor)
            return src
        if c.dep == "nmod" and c.i > t.i and case_of(doc, c.i) in ("by", "from"):
            return ctx.np_source(c)
    if t.dep == "obj" and t.head is not None and doc.tokens[t.head].lemma in light_verbs():
        subj = clause_subject(doc, t.head)
        if subj is not None and not (subj.pos == "PRON" and subj.text.lower() in ("who", "which", "that")):
            return ctx.np_source(subj)
    return None


def hedges(ctx: Context, found: list[Attribution], cue_tokens: set[int]) -> None:
    """Attributions without a source: "Trump seems ready to move on", "X is expected to Y".

    The content is the subject and the predicate (two pieces, the cue
    between them), as PolNeAR marks the writer's hedges; the statement has
    no source and no speaker.
    """
    doc = ctx.doc
    frames = cue_frames()
    covered = [(s, e) for a in found for s, e in a.content]
    for t in doc.tokens:
        fr = frames.get(t.lemma, ())
        if "subj+xcomp" not in fr or t.i in cue_tokens or ctx.quoted[t.start] or is_negated(doc, t):
            continue
        passive = child(doc, t.i, "nsubj:pass")
        subj = passive if passive is not None else child(doc, t.i, "nsubj")
        if t.lemma == "expect" and passive is None:
            continue  # active "X expects" has a source: the cue_frames rows handle it
        if subj is None or subj.i > t.i or any(c.dep in ("obl:agent",) for c in doc.children(t.i)):
            continue
        pred = next((c for c in doc.children(t.i) if c.dep == "xcomp" and c.i > t.i), None)
        if pred is None:
            continue
        s_span = trim(doc, *contiguous(doc, subtree(doc, subj.i), subj.i), keep_quotes=False)
        p_span = _span(doc, subtree(doc, pred.i), pred.i)
        if s_span is None or p_span is None:
            continue
        pieces = [char_span(doc, *s_span), char_span(doc, *p_span)]
        if any(s < pieces[-1][1] and pieces[0][0] < e for s, e in covered):
            continue
        c_lo, c_hi = verb_group(doc, t.i)
        found.append(Attribution(char_span(doc, c_lo, c_hi), None, pieces, "indirect", 0.6))
        cue_tokens.add(t.i)


def clause_content(doc: AnnotatedDocument, t: Token) -> tuple[int, int] | None:
    """Character span of cue ``t``'s content as the parse reads it (first piece), or None."""
    fr = _frames_of(doc, t, cue_frames())
    if not fr:
        return None
    content = _content(doc, t, fr)
    if content is None:
        return None
    return char_span(doc, content[0], content[1])


def _frames_of(doc: AnnotatedDocument, t: Token, frames: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The cue frames of verb ``t``: its lemma's, else its phrasal verb's ("point out")."""
    return frames.get(t.lemma) or _phrasal_frames(doc, t, frames)


def _phrasal_frames(doc: AnnotatedDocument, t: Token, frames: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """Frames of a phrasal verb ("point out") from its particle."""
    prt = child(doc, t.i, "compound:prt")
    if prt is None:
        return None
    return frames.get(f"{t.lemma} {prt.text.lower()}")


def _content(doc: AnnotatedDocument, t: Token, frames: tuple[str, ...]) -> tuple[int, int, list[int], list[tuple[int, int]]] | None:
    """The content tokens (inclusive range) of cue ``t`` under the first frame that applies.

    Returns ``(lo, hi, extra_cue_tokens, more_pieces)``: a preposition that
    introduces the content ("called *for*") belongs to the cue, and a content
    interrupted by its cue has a second piece.
    """
    kids = doc.children(t.i)
    for frame in frames:
        rel, _, prep = frame.partition(":")
        if rel == "obj+xcomp":
            obj = next((c for c in kids if c.dep == "obj"), None)
            pred = next((c for c in kids if c.dep in ("xcomp", "ccomp") and c.i > t.i and (obj is None or c.i > obj.i)), None)
            if obj is None and pred is not None:
                # "Cruz called Trump a liar" parsed as two predicates
                second = next((c for c in kids if c.dep == "xcomp" and c.i > pred.i), None)
                if second is not None and pred.pos in ("PROPN", "PRON", "NOUN"):
                    obj, pred = pred, second
            if obj is None or pred is None:
                continue
            pieces = _pieces(doc, subtree(doc, obj.i) + subtree(doc, pred.i))
            if pieces:
                return pieces[0][0], pieces[0][1], [], pieces[1:]
            continue
        if rel == "obj+as":
            # "sees Cruz as a uniter": only with the predicate
            obj = next((c for c in kids if c.dep == "obj" and c.i > t.i), None)
            pred = next((c for c in kids if obj is not None and c.i > obj.i and (c.dep == "xcomp" or c.dep.startswith("obl") and case_of(doc, c.i) == "as")), None)
            if obj is None or pred is None:
                continue
            span = _span(doc, subtree(doc, obj.i) + subtree(doc, pred.i), obj.i)
            if span is not None:
                return span[0], span[1], [], []
            continue
        if rel == "subj+xcomp":
            continue  # sourceless frames are read by hedges()
        if rel == "obj":
            # "Trump is supported by far fewer publications": the passive
            # subject is what the agent supports
            passive = next((c for c in kids if c.dep == "nsubj:pass"), None)
            if passive is not None and any(c.dep == "obl:agent" for c in kids):
                span = _span(doc, subtree(doc, passive.i), passive.i)
                if span is not None:
                    return span[0], span[1], [], []
        if rel == "obl":
            for c in kids:
                if c.dep.startswith("obl") and c.i > t.i and case_of(doc, c.i) == prep:
                    case = child(doc, c.i, "case")
                    excl = frozenset({case.i}) if case is not None else frozenset()
                    idx = subtree(doc, c.i, exclude=excl)
                    for d in kids:  # "referred to Rubio *as a leader*", "called on Congress *to act*"
                        if d.i > c.i and (d.dep.startswith("obl") and case_of(doc, d.i) == "as" or d.dep == "xcomp"):
                            idx += subtree(doc, d.i)
                    span = _span(doc, idx, c.i)
                    if span is not None:
                        return span[0], span[1], [case.i] if case is not None and case.i == t.i + 1 else [], []
                # "talked about *giving voters the right*", "talks about *how* ...":
                # the preposition introduces a clause
                if c.dep == "advcl" and c.i > t.i and mark_of(doc, c.i) == prep:
                    m = child(doc, c.i, "mark")
                    span = _span(doc, subtree(doc, c.i, exclude=frozenset({m.i})), c.i)
                    if span is not None:
                        return span[0], span[1], [m.i] if m.i == t.i + 1 else [], []
            continue
        # complements after the cue first: one before it is usually another
        # clause the cue is attached to ("X said A; Y said B")
        for c in sorted(kids, key=lambda c: (c.i < t.i, c.i)):
            if c.dep != rel:
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
                continue  # "said after the convention he would ...": a misparsed complement
            excl = _conjoined_cues(doc, c.i)
            if rel == "obj":
                # "a Cruz win in Texas, which votes on March 1": the object
                # without a comma-set relative clause or a dash-set apposition
                excl |= frozenset(d.i for d in doc.children(c.i) if d.i > c.i and (
                    d.dep in ("acl:relcl", "acl") and after_comma(doc, d.i)
                    or d.dep == "appos" and doc.tokens[min(subtree(doc, d.i)) - 1].text in ("—", "–", "--", "(")))
                # "criticism of Matt Lauer, who took heat for ...": also on a name deeper in the object
                excl |= frozenset(d.i for k in subtree(doc, c.i) if k != c.i for d in doc.children(k)
                                  if d.dep == "acl:relcl" and d.i > k and after_comma(doc, d.i) and doc.tokens[k].pos == "PROPN")
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
                # called a hate crime"): one piece each
                pieces = _pieces(doc, idx)
                if len(pieces) > 1 or pieces and (pieces[0][1] > pieces[0][0] or c.pos in ("PROPN", "NOUN")):
                    return pieces[0][0], pieces[0][1], [], pieces[1:]
                continue
            span = _span(doc, idx, c.i)
            if span is None:
                continue
            if span[1] == span[0]:
                continue  # one word is content only as a named or nominal object (above: "endorsed Trump")
            return span[0], span[1], [], []
    # "says in a statement that the race ...": the parser hangs the clause on
    # the medium noun instead of the cue
    if any(f in ("ccomp", "parataxis") for f in frames):
        for c in kids:
            if c.i > t.i and c.dep.startswith("obl"):
                clause = next((d for d in doc.children(c.i) if d.dep in ("acl", "ccomp") and d.i > c.i and mark_of(doc, d.i) == "that"), None)
                if clause is not None:
                    span = _span(doc, subtree(doc, clause.i), clause.i)
                    if span is not None:
                        return span[0], span[1], [], []
    # "CONTENT, he said" / "The museum, he said, would ...": the cue is a
    # parataxis dependent of the content's verb; the content is that clause
    # without the cue's own phrase, in one or two pieces
    # "The talks failed, as Peskov said": an "as" clause on the content's verb
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
    between them do ("what officials called a hate crime", "called them
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
    # "that paying no taxes was smart, although he again refused to ...": a
    # concession set off after the content is the writer's aside
    out |= {
        c.i for c in doc.children(head)
        if c.dep == "advcl" and c.i > head and after_comma(doc, c.i) and mark_of(doc, c.i) in _ASIDE_MARKS
    }
    # ", referring to the convention": a participle set off after the content
    # comments on the speaking, it is not what was said
    out |= {
        c.i for c in doc.children(head)
        if c.dep == "advcl" and c.i > head and c.text.lower().endswith("ing") and after_comma(doc, c.i)
        and child(doc, c.i, "mark") is None and c.lemma in frames
    }
    return frozenset(out)


def _span(doc: AnnotatedDocument, indices: list[int], anchor: int) -> tuple[int, int] | None:
    lo, hi = contiguous(doc, indices, anchor)
    return trim(doc, lo, hi)


def _bare_participle(doc: AnnotatedDocument, t: Token) -> bool:
    """"Asked whether he would run, Smith said ...": a passive participle clause
    without a subject of its own is an attribution with no source as written."""
    return t.dep == "advcl" and t.tag == "VBN" and child(doc, t.i, "nsubj", "nsubj:pass", "mark") is None and t.i < (t.head or 0)


def _source(ctx: Context, t: Token) -> Source | None:
    doc = ctx.doc
    outer = _outer_cue(doc, t)
    subj = clause_subject(doc, outer.i if outer is not None else t.i)
    if subj is not None and subj.text.lower() in ("who", "which", "that") and t.dep == "acl:relcl" and t.head is not None:
        # "Broaddrick, who said ...": the source as written is "who", the
        # speaker its antecedent
        if subj.text.lower() == "that":
            # "rules that promise to transform", "polls that showed him ahead":
            # a "that" relative is mostly a thing, not a speaker (PolNeAR
            # train and dev: 21% of these were attributions)
            return None
        antecedent = ctx.np_source(doc.tokens[t.head], exclude=t.i)
        return Source(subj.start, subj.end, antecedent.actor)
    if subj is None:
        if t.dep == "acl:relcl" and t.head is not None:
            # "Trump, who said ...": the relative pronoun's antecedent
            return ctx.np_source(doc.tokens[t.head], exclude=t.i)
        orphan = _orphan_subject(doc, t)
        return ctx.np_source(orphan, span=_name_span(doc, orphan)) if orphan is not None else None
    low = subj.text.lower()
    if low in ("who", "which", "that") and t.head is not None and t.dep == "acl:relcl":
        return ctx.np_source(doc.tokens[t.head], exclude=t.i)
    if subj.pos == "PRON" and low in ("what", "whatever", "there", "which"):
        return None  # no speaker: "what he said", "there said" misparses
    return ctx.np_source(subj)


def _outer_cue(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The cue whose content a comma-set participle cue was hung inside.

    "Trump argued that a database would keep people out, *saying* ...":
    the parser attaches "saying" to "keep", but it shares the subject of
    "argued", the cue that governs the clause.
    """
    if t.dep != "advcl" or t.tag != "VBG" or t.head is None or child(doc, t.i, "mark") is not None or not after_comma(doc, t.i):
        return None
    head = doc.tokens[t.head]
    if head.dep not in ("ccomp", "xcomp") or head.head is None or head.i > t.i:
        return None
    gov = doc.tokens[head.head]
    return gov if gov.pos in ("VERB", "AUX") and gov.lemma in cue_frames() and gov.i < head.i else None


def _orphan_subject(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The name right before a subjectless finite cue that the parser hung elsewhere.

    "In a meeting with the board of the Post Trump said that ...": the
    parser reads "Trump" as a modifier of "Post" and leaves "said" without
    a subject; the name touching the verb group is its subject.
    """
    if t.dep not in ("root", "ccomp", "conj", "parataxis") or t.tag not in ("VBD", "VBZ", "VBP"):
        return None
    lo, _ = verb_group(doc, t.i)
    if lo == 0:
        return None
    prev = doc.tokens[lo - 1]
    if prev.sent != t.sent or prev.pos not in ("PROPN", "PRON", "NOUN") or prev.dep in ("obj", "obl", "nsubj", "nsubj:pass"):
        return None
    if prev.pos == "PRON" and prev.text.lower() not in ("he", "she", "they", "we", "i", "you"):
        return None
    if prev.head is not None and prev.head > t.i:
        return None
    return prev


def _name_span(doc: AnnotatedDocument, t: Token) -> tuple[int, int]:
    """The named entity holding ``t`` (inclusive token range), else ``t`` alone.

    The parser that missed the subject also mis-built its phrase ("the
    Washington Post Trump"), so the entity boundary is the better guide.
    """
    for e in doc.entities:
        if e.token_start <= t.i < e.token_end:
            return e.token_start, e.token_end - 1
    return t.i, t.i


def _already_quoted(ctx: Context, found: list[Attribution], start: int, end: int) -> bool:
    """The content is (mostly) a quote that the direct-quote rule attributed.

    Only direct quotes block: an indirect content may hold another cue's
    content, and PolNeAR marks both the outer and the inner report.
    """
    for a in found:
        if a.kind != "direct":
            continue  # a report inside a report is another attribution ("A called for B, sources said")
        for s, e in a.content:
            if s < end and start < e and (min(end, e) - max(start, s)) >= 0.5 * (end - start):
                return True
    return False


def _attached_modifiers(doc: AnnotatedDocument, cue: Token, last: int) -> list[int]:
    """Prepositional phrases right after an object that the parser hung on the cue.

    "issued a statement *in observance of Eid*", "published portions of the
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
