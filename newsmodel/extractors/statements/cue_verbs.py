"""Indirect attribution read off the dependency parse: cue verbs.

Used instead of :mod:`.reported_speech` whenever the engine gives a parse
(spaCy, stanza).  For every cue verb (``speech_verbs.tsv`` plus the verbs
of ``cue_frames.tsv``) the content is the argument its frame names (see
:mod:`.cue_verb_content`) and the source is the verb's subject as written,
found through coordination, participles and passives ("was quoted as
saying", "it was reported by X").

Questions, negated cues and cues inside quotes are skipped; so is a
complement that is itself a quote already attributed by the direct-quote
rule, and a question put to someone ("Asked about X, Smith said ...").
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...lexicons import cue_frames
from ..attribution import Attribution, Context, Source
from ..tree import after_comma, case_of, char_span, child, clause_subject, noun_phrase, verb_group
from .cue_verb_content import QUESTION_VERBS, cue_content, frames_of
from .audience_objects import speaks_to_audience
from .cue_idioms import in_connective
from .cue_negation import negates_cue
from .extraposed import extraposed_infinitive
from .medium_objects import frees_a_person, speaks_through_object
from .mute_subjects import infinitive_on_mute_noun, shared_mute_subject
from .object_frames import reflexive_misfit
from .relayed_speech import RELAYING_VERBS, relays_speech


def find_cue_verbs(ctx: Context, found: list[Attribution], cue_tokens: set[int], relayed: list[Attribution] | None = None) -> None:
    """Add the parse-based indirect attributions of ``ctx.doc`` to ``found``; a report that relays
    another party's speech ("The Globe reported that the senator said ...") goes to ``relayed``
    instead, so that it covers no words and the inner speech verb makes its own statement."""
    doc = ctx.doc
    frames = cue_frames()
    covered = [(a.content[0][0], a.content[-1][1]) for a in found]
    # only a verb whose lemma starts a frame can have frames (frames_of())
    lemmas = _frame_heads()
    for t in [t for t in doc.tokens if t.lemma in lemmas and t.pos in ("VERB", "AUX")]:
        if t.i in cue_tokens or ctx.quoted[t.start]:
            continue
        fr = frames_of(doc, t, frames)
        if not fr or negates_cue(doc, t) or ctx.in_question(t.sent):
            continue
        if "subj+xcomp" in fr and child(doc, t.i, "nsubj:pass") is not None:
            continue  # "X is expected to win": a sourceless hedge, read by find_hedges()
        if question_put(doc, t) or in_connective(doc, t) or frees_a_person(doc, t) or speaks_to_audience(doc, t):
            continue  # a question put to the subject; "That said, ...": a connective; a prisoner released; a rally addressed
        content = cue_content(doc, t, fr)
        if content is None:
            continue
        lo, hi, extra, more = content
        if speaks_through_object(doc, t, [(lo, hi)] + more):
            continue  # "released a statement saying ...": the participle's statement stands
        if reflexive_misfit(doc, t, lo, hi + 1):
            continue  # "found themselves unable to ...": a state reached, no finding
        start, end = char_span(doc, lo, hi)
        if any(a <= start and end <= b for a, b in covered) or _already_quoted(ctx, found, start, end):
            continue
        # "It is hard to know ...": the extraposed "it" is no source; the writer's stance has none
        sourceless = extraposed_infinitive(doc, t)
        src = None if sourceless else _source(ctx, t)
        if src is None and not sourceless and not _bare_participle(doc, t):
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
            last = max(c_hi, end_tok.i if (end_tok := doc.token_at(src.end - 1)) else c_hi)
            resumed = ctx.resumed_content(last)
            if resumed is not None:
                spans.append(resumed)
        kind = "mixed" if any(ctx.any_quoted(s0, e0) for s0, e0 in spans) else "indirect"
        cue_tokens.add(t.i)
        if relayed is not None and t.lemma in RELAYING_VERBS and relays_speech(ctx, lo, hi):
            relayed.append(Attribution(cue, src, spans, kind, 0.8))
            continue
        found.append(Attribution(cue, src, spans, kind, 0.8))
        covered.append((start, spans[-1][1]))


@lru_cache(maxsize=1)
def _frame_heads() -> frozenset[str]:
    """Lemmas of the cue verbs, with the verbs of the phrasal cues ("point" of "point out")."""
    frames = cue_frames()
    return frozenset(frames) | frozenset(k.split()[0] for k in frames if k.split())


def clause_content(doc: AnnotatedDocument, t: Token) -> tuple[int, int] | None:
    """Character span of cue ``t``'s content as the parse reads it (first piece), or None."""
    fr = frames_of(doc, t, cue_frames())
    if not fr:
        return None
    content = cue_content(doc, t, fr)
    if content is None:
        return None
    return char_span(doc, content[0], content[1])


def question_put(doc: AnnotatedDocument, t: Token) -> bool:
    """Cue ``t`` is a question put to its subject: a passive question verb with no agent.

    In the passive ("Asked about the strike, the governor said ...", "when
    asked whether", "was asked if") a question verb's subject is the one
    asked and the asker is unnamed: the question is not a statement, and the
    answer is the main clause's (issue 14; the seed gold counts no statement
    there).  PolNeAR marks such questions as attributions without a source.

    With an agent ("when asked by reporters whether") the asker is named
    and is the source.  The parser sometimes reads a comma-set participle
    as a finite verb ("The governor, asked about X, said"): a past form set
    off by a comma right after its subject counts as the participle.
    """
    if t.lemma not in QUESTION_VERBS:
        return False
    kids = doc.children(t.i)
    if any(c.dep == "obl:agent" or (c.dep == "obl" and case_of(doc, c.i) == "by") for c in kids):
        return False
    if any(c.dep in ("nsubj:pass", "aux:pass") for c in kids):
        return True
    if t.tag == "VBN":
        return not any(c.dep == "aux" and c.lemma == "have" for c in kids)
    return t.tag == "VBD" and t.dep == "advcl" and _aside_after_subject(doc, t) is not None


def _aside_after_subject(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The subject of ``t`` when ``t`` opens a comma-set aside right after it.

    "The governor, asked about the strike, said ...": the parser makes
    "governor" the subject of "asked" and leaves "said" without one.
    """
    subj = child(doc, t.i, "nsubj")
    if subj is None or subj.i > t.i or t.head is None or t.head <= t.i:
        return None
    lo, _ = verb_group(doc, t.i)
    _, np_end = noun_phrase(doc, subj.i)
    if lo < 2 or doc.tokens[lo - 1].text != "," or np_end != lo - 2:
        return None
    return subj


def _bare_participle(doc: AnnotatedDocument, t: Token) -> bool:
    """"Asked whether he would run, Smith said ...": a passive participle clause
    without a subject of its own is an attribution with no source as written."""
    return t.dep == "advcl" and t.tag == "VBN" and child(doc, t.i, "nsubj", "nsubj:pass", "mark") is None and t.i < (t.head or 0)


def _source(ctx: Context, t: Token) -> Source | None:
    doc = ctx.doc
    outer = _outer_cue(doc, t)
    subj = clause_subject(doc, outer.i if outer is not None else t.i)
    if subj is not None and subj.text.lower() in ("who", "which", "that") and t.dep == "acl:relcl" and t.head is not None:
        # "Halvorsen, who said ...": the source as written is "who", the
        # speaker its antecedent
        if subj.text.lower() == "that":
            # "rules that promise to transform", "polls that showed him ahead":
            # a "that" relative is mostly a thing, not a speaker (PolNeAR
            # train and dev: 21% of these were attributions)
            return None
        antecedent = ctx.np_source(doc.tokens[t.head], exclude=t.i)
        return Source(subj.start, subj.end, antecedent.actor)
    if subj is None:
        if infinitive_on_mute_noun(doc, t):
            return None  # "a way to admit ...", "reasons to oppose X": the noun does not speak
        if t.dep == "acl:relcl" and t.head is not None:
            # "Trump, who said ...": the relative pronoun's antecedent
            return ctx.np_source(doc.tokens[t.head], exclude=t.i)
        aside = next((c for c in doc.children(t.i) if c.dep == "advcl" and c.i < t.i and _aside_after_subject(doc, c) is not None), None)
        if aside is not None:
            # "The governor, asked about the strike, said ...": the aside's subject
            aside_subject = _aside_after_subject(doc, aside)
            assert aside_subject is not None  # the aside was chosen for having one
            return ctx.np_source(aside_subject)
        orphan = _orphan_subject(doc, t)
        return ctx.np_source(orphan, span=_name_span(doc, orphan)) if orphan is not None else None
    low = subj.text.lower()
    if low in ("who", "which", "that") and t.head is not None and t.dep == "acl:relcl":
        return ctx.np_source(doc.tokens[t.head], exclude=t.i)
    if subj.pos == "PRON" and low in ("what", "whatever", "there", "which"):
        return None  # no speaker: "what he said", "there said" misparses
    if shared_mute_subject(doc, t, subj):
        return None  # "The anger among the delegates grew, suggesting ...": nobody speaks
    return ctx.np_source(subj)


def _outer_cue(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The cue whose content a comma-set participle cue was hung inside.

    "Novak argued that a registry would stop landlords, *saying* ...":
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
    covering = doc.entities_at(t.i)
    if covering:
        return covering[0].token_start, covering[0].token_end - 1
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
