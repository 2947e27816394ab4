"""Indirect speech without a parse: a speech or cognition verb
(``speech_verbs.tsv``) with a subject before it and a complement after it
(``X said (that) …``, ``X stated, adding that …``, ``…, as X said``,
``CONTENT, he said.``).  Engines that give a parse use :mod:`.cue_verbs`
instead.
"""

from __future__ import annotations

import bisect
from itertools import compress
from operator import attrgetter
from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...lexicons import addressee_verbs, cue_frames, cue_noun_frames, group_nouns, org_nouns, rows, speech_verbs, weekdays, word_class
from ..apposed_subjects import opening_subject
from ..attribution import Attribution, Context, Source, is_cue_token
from ..roles import dateline_dash
from ..mentions import POSSESSIVES, QUOTE_CHARS, clause_end
from ..span_index import SpanIndex
from ..tree import trim
from .content_edges import before_unjoined_speaker, split_by_parenthetical_cue
from .cue_negation import negates_cue
from .cue_verbs import QUESTION_VERBS
from .object_frames import object_misfits
from .relayed_speech import RELAYING_VERBS, relays_speech
from .shapes import first_content_token
from .inverted_sources import apposition_after, inverted_source
from .medium_participles import medium_publisher
from .noun_tagged_cues import noun_tagged_cue
from .share_sources import share_source


def find_reported_speech(ctx: Context, found: list[Attribution], cue_tokens: set[int], relayed: list[Attribution] | None = None) -> None:
    """Add the indirect attributions read without a parse to ``found``; a report relaying another
    party's speech goes to ``relayed`` (see :mod:`.relayed_speech`)."""
    doc = ctx.doc
    covered = SpanIndex((a.content[0][0], a.content[-1][1]) for a in found)
    cue_offsets = {(a.cue[0]) for a in found if a.cue}
    by_cue: dict[int, Attribution] = {}  # cue start -> the first attribution with that cue
    for a in found:
        if a.cue:
            by_cue.setdefault(a.cue[0], a)
    # the cue verbs (what passes is_cue_token() as a VERB); a sentence without one adds nothing
    verbs = speech_verbs()
    particles = _phrasal_particles()
    takers = _infinitive_takers()
    stance = _object_stance_verbs()
    # (only tokens whose lemma one of the four lexicons lists, picked in C: most are none)
    tokens = doc.tokens
    cues = [
        t.i for t in compress(tokens, map(_cue_lemmas().__contains__, map(attrgetter("lemma"), tokens)))
        if (t.pos == "VERB" or noun_tagged_cue(doc, t)) and (
            t.lemma in verbs or t.lemma in particles and _particle_of(doc, t) is not None
            or t.lemma in takers and _infinitive_after(doc, t.i) or t.lemma in stance
        )
    ]
    if not cues:
        return
    # the tokens the loop below acts on: the cue verbs and the earlier rules'
    # cue tokens (whose speaker a later participle takes); every other token
    # is passed over, so only these are read, in order
    earlier = sorted(cue_tokens)
    sourceless: set[int] = set()  # cues in the agentless passive: their subject is no speaker
    for sent_index, sent in enumerate(doc.sentences):
        first = bisect.bisect_left(cues, sent.token_start)
        if first == len(cues) or cues[first] >= sent.token_end:
            continue
        if ctx.in_question(sent_index):
            continue
        toks = [doc.tokens[i] for i in sorted({
            *cues[first : bisect.bisect_left(cues, sent.token_end)],
            *earlier[bisect.bisect_left(earlier, sent.token_start) : bisect.bisect_left(earlier, sent.token_end)],
        })]
        main_source: Source | None = None
        for t in toks:
            if t.i in cue_tokens or t.start in cue_offsets or ctx.quoted[t.start]:
                if t.i in cue_tokens:
                    prev = by_cue.get(t.start)
                    if prev is not None and prev.source is not None:
                        main_source = prev.source
                continue
            particle = _particle_of(doc, t) if t.lemma in particles else None
            # "defended her record", "expressed concern" (object-stance): a finite form only -- not
            # "to defend", "attacking", a relative's "who endorsed"
            takes_stance = t.lemma in stance and t.text.lower().endswith(("ed", "s")) and t.lemma not in verbs
            if t.lemma in stance and t.lemma not in verbs and not takes_stance:
                continue
            only_infinitive = t.lemma not in verbs and particle is None and not takes_stance  # "refused to", "declined to"
            if only_infinitive and not (t.lemma in takers and _infinitive_after(doc, t.i)):
                continue
            if not (is_cue_token(t) or particle is not None or only_infinitive or takes_stance) or t.pos not in ("VERB",) and not noun_tagged_cue(doc, t) or _negated(doc, t):
                continue
            if t.i > sent.token_start and doc.tokens[t.i - 1].text.lower() in ("the", "a", "an", "his", "her", "its", "their"):
                continue
            asker = _named_asker(ctx, t, sent.token_end)
            if asker is None and _question_put(doc, t, sent.token_start):
                continue
            after_comma = t.i > sent.token_start and doc.tokens[t.i - 1].text == ","
            # "..., saying", and "by saying", "after saying" (participle_openers.tsv): an adjunct
            # participle, whose speaker is its clause's subject (h5, stop 46)
            participle = t.text.lower().endswith("ing") and (after_comma or _after_participle_opener(doc, t, sent.token_start))
            src = asker or (main_source if participle and main_source is not None else None)
            inverted = False
            if src is None and after_comma and not participle:
                # "Tom Lee, a farmer, 64, says ...": the clause's opening phrase, set off by
                # parentheticals, is the subject; the cue is not inverted (.apposed_subjects)
                src = opening_subject(ctx, sent.token_start, t.i - 1)
            if src is None and after_comma and not participle:
                # inverted: "..., said John Smith." -- the name ends the clause
                src = inverted_source(ctx, t.i, sent.token_end)
                end_tok = doc.token_at(src.end - 1) if src is not None else None
                if end_tok is not None and end_tok.i + 1 < sent.token_end and doc.tokens[end_tok.i + 1].pos != "PUNCT":
                    if not _inverted_source_goes_on(doc, end_tok.i + 1, sent.token_end):
                        src = None  # "Ostrander, a surrogate, said he had ...": not inverted
                    elif src is not None and doc.tokens[end_tok.i + 1].text.lower() == "and":
                        # "..., said Park and others, would ...": the source as written takes in the
                        # coordinated party, so the clause resumes after it
                        comma = next((x for x in range(end_tok.i + 2, min(sent.token_end, end_tok.i + 6)) if doc.tokens[x].text == ","), None)
                        if comma is not None:
                            src = Source(src.start, doc.tokens[comma - 1].end, src.actor)
                inverted = src is not None
            if src is None and t.i > sent.token_start and doc.tokens[t.i - 1].pos == "CCONJ" and not after_comma:
                # "Wilson praised the plan and said ...": the coordinated verb's subject is the clause's
                src = main_source or _sentence_subject(ctx, sent.token_start, t.i)
            if src is None and participle and not after_comma:
                # "..., while her rival has gained by saying ...": the subject of the verb the
                # adjunct participle modifies, the nearest verb before it (h5, stop 46)
                src = _modified_verb_subject(ctx, t, sent.token_start)
            if src is None and participle:
                # "Smith hit out at the ruling, saying ...": the clause's subject speaks, not the
                # noun nearest the participle
                src = _sentence_subject(ctx, sent.token_start, t.i)
            if src is None and not after_comma:
                # "The ministry issued a statement saying ...": the party that put the statement out
                # speaks, not the statement (.medium_participles)
                src = medium_publisher(ctx, t, sent.token_start)
            if src is None:
                # "38 percent said", "Two in five say": a share of respondents (.share_sources)
                src = share_source(ctx, t.i, sent.token_start)
            if src is None:
                src = ctx.subject_of(t)
                if src is not None and _agentless_passive(doc, t, sent.token_start, sent.token_end):
                    sourceless.add(t.start)
            if src is None:
                continue
            if takes_stance and (ctx.text[src.start : src.end].lower() in ("who", "whom", "which", "that") or src.actor is None):
                continue  # a stance in a relative clause, or with no one named to hold it: background, not a statement
            as_phrase = _as_phrase_content(ctx, sent.token_start, sent.token_end, t, src)
            if as_phrase is not None:
                found.append(Attribution((t.start, t.end), src, as_phrase, "indirect", 0.75))
                by_cue.setdefault(t.start, found[-1])
                covered.add(as_phrase[0][0], as_phrase[-1][1])
                cue_tokens.add(t.i)
                continue
            c0 = t.i + 1 if particle is None else particle + 1  # "pointed out that": after the particle
            # "told reporters that ...", "said on Tuesday that ...": skip to "that"
            # an "according to" phrase passed over ("said in a statement, according to Reuters,
            # that ..."): the report's source, no part of the way to "that" (issue 14, a10)
            passed = sum(1 for j in range(c0, min(c0 + 9, sent.token_end)) if j in cue_tokens)
            for j in range(c0, min(c0 + 9 + 2 * passed, sent.token_end)):
                tj = doc.tokens[j]
                if j in cue_tokens and tj.text.lower() in ("according", "to"):
                    continue
                if tj.text.lower() == "that" and j > c0 and doc.tokens[j - 1].pos == "NOUN" and j + 1 < sent.token_end and doc.tokens[j + 1].pos in ("VERB", "AUX") and doc.tokens[j - 1].lemma not in cue_noun_frames():
                    break  # "stressed her support for the operation that freed ...": a relative clause on the object, no content clause (e54, stop 41)
                if tj.text.lower() == "that" and tj.pos in ("SCONJ", "DET", "PRON"):
                    if j > c0 and doc.tokens[j - 1].lemma in cue_noun_frames() and not any(
                        doc.tokens[x].pos == "ADP" for x in range(c0, j - 1)
                    ):  # the noun is the verb's object; "said in a statement that X" says X
                        c0 = -1  # "countered criticism that X": X is the criticism's claim
                    else:
                        c0 = j
                    break
                if t.lemma == "ask" and j > c0 and tj.text.lower() in _QUESTION_WORDS and doc.tokens[j - 1].text != ",":
                    c0 = j  # "asked the mayor whether ...": the question, not the one asked
                    break
                if tj.pos in ("VERB", "AUX", "PUNCT") and tj.text != ",":
                    break
            if c0 < 0:
                main_source = main_source or src  # still the clause's subject for a later participle
                continue
            if c0 == t.i + 1 and t.lemma in addressee_verbs():
                c0 = _after_addressee(doc, c0, sent.token_end)
            if c0 == t.i + 1 or particle is not None and c0 == particle + 1:
                c0 = _after_adjunct(doc, c0, sent.token_end)
            # "stated, adding that ...": the participle is a cue of its own
            last = t.i if particle is None else particle
            then_participle = (
                last + 2 < sent.token_end and doc.tokens[last + 1].text == ","
                and doc.tokens[last + 2].text.lower().endswith("ing") and doc.tokens[last + 2].pos == "VERB"
            )
            # the complementizer stays in the content ("said that X" -> "that X"),
            # as attribution corpora (PolNeAR) mark it
            while c0 < sent.token_end and (doc.tokens[c0].text in (",", ":") or doc.tokens[c0].pos == "ADV" and doc.tokens[c0].text.lower() in ("on", "again")):
                c0 += 1
            if c0 < sent.token_end and doc.tokens[c0].text.lower() == "that" and c0 + 1 < sent.token_end and doc.tokens[c0 + 1].text in (",", ":"):
                c0 += 2
            # "CONTENT, the airline said Thursday." / "..., he said in a statement.": only adjuncts
            # follow the cue, so the content is before it
            after_cue = last + 1
            if particle is None and t.lemma in addressee_verbs():
                after_cue = _addressee_end(doc, after_cue, sent.token_end)  # "..., two diplomats told Reuters."
            before = None
            if not inverted and speech_verbs().get(t.lemma) == "speech" and _only_adjuncts_follow(doc, after_cue, sent.token_end):
                before = _content_before_cue(ctx, sent.token_start, t, src)
            trailer = before is not None
            if inverted or then_participle or trailer or c0 >= sent.token_end or doc.tokens[c0].pos == "PUNCT" and doc.tokens[c0].text not in QUOTE_CHARS:
                # nothing after the cue: "CONTENT, he said." -- the content comes before
                if before is None:
                    before = _content_before_cue(ctx, sent.token_start, t, src)
                if before is not None:
                    start, end = before
                    if not covered.contains(start, end):
                        kind = "mixed" if ctx.any_quoted(start, end) else "indirect"
                        spans = [(start, end)]
                        last = max(t.i, end_tok.i if (end_tok := doc.token_at(src.end - 1)) else t.i)
                        resumed = ctx.resumed_content(last)
                        apposed = apposition_after(ctx, last + 2, sent.token_end) if inverted and resumed is not None else None
                        if apposed is not None:
                            # "..., said Tom Lee, a professor at Dunmore, who ...": the apposition is
                            # the source's, not the content resuming (.inverted_sources)
                            src = Source(src.start, doc.tokens[apposed].end, src.actor)
                        elif resumed is not None:
                            spans.append(resumed)
                        found.append(Attribution((t.start, t.end), src, spans, kind, 0.75))
                        by_cue.setdefault(t.start, found[-1])
                        covered.add(start, spans[-1][1])
                        cue_tokens.add(t.i)
                continue
            if doc.tokens[c0].text in QUOTE_CHARS and _quote_is_attributed(found, doc.tokens[c0].start):
                continue
            cue_end = t.end if particle is None else doc.tokens[particle].end
            prep = doc.tokens[c0].text.lower()
            infinitive = (
                prep == "to" and c0 == (t.i if particle is None else particle) + 1 and c0 + 1 < sent.token_end
                and _verb_after_to(doc, c0) and "xcomp" in cue_frames().get(t.lemma, ())
            )  # "refused to testify", "vowed to fight on": the infinitive is the content, with its "to"
            if prep in ("to", "about", "with", "by", "for", "in", "on", "of", "at") and not infinitive:
                if c0 != t.i + 1 or f"obl:{prep}" not in cue_frames().get(t.lemma, ()):
                    continue
                # "called on the governor to resign", "called for a recount": the
                # preposition joins the cue, as in the parse-based rule (cue_frames.tsv)
                cue_end = doc.tokens[c0].end
                c0 += 1
                if c0 >= sent.token_end:
                    continue
            if t.lemma in _aspectual_verbs() and c0 == last + 1 and _aspect_complement(doc, c0):
                continue  # "continued to tour the farms", "continued mapping", "continued as chair": no speech (a17)
            if t.lemma in _clause_only_verbs() and not _clause_or_infinitive_at(doc, c0, sent.token_end):
                continue  # "advising a ferry line on its sale": a trade, not speech (a17)
            if t.lemma in word_class("surface_cue_verbs.tsv", "clause-complement") and doc.tokens[c0].text.lower() not in _CLAUSE_OPENERS:
                continue  # "decided to sell the ferry": an act, not a thought reported (a17)
            c1 = before_unjoined_speaker(doc, c0, _before_next_speaker(doc, c0, clause_end(doc, c0)))
            if asker is not None and _question_put(doc, t, sent.token_start) and not _after_be(doc, t, sent.token_start):
                # "When asked by reporters whether he would resign, the mayor said ...":
                # the question ends where the main clause begins
                c1 = next((k for k in range(c0, c1) if doc.tokens[k].text == ","), c1)
            if ctx.text[src.start : src.end].lower() in ("who", "which"):
                # "The mayor, who called on residents to stay indoors, said ...": the
                # relative clause ends at the comma before the main verb
                c1 = next((k for k in range(c0, c1 - 1) if doc.tokens[k].text == "," and doc.tokens[k + 1].pos in ("VERB", "AUX")), c1)
            if c1 - c0 < 2:
                continue
            if c0 == last + 1 and object_misfits(doc, t, c0, c1):
                continue  # "continued his tour", "added 20 points", "called the governor on Monday"
            start, end = doc.tokens[c0].start, doc.tokens[c1 - 1].end
            spans = [(start, end)]
            first_half = _content_before_cue(ctx, sent.token_start, t, src)
            if split_by_parenthetical_cue(doc, first_half, last, c0, t.lemma):
                # "Any effort to repair the dam, he said, will take years": both halves (a17)
                spans.insert(0, first_half)
                start = first_half[0]
            if covered.contains(start, end):
                continue
            kind = "mixed" if ctx.any_quoted(start, end) else "indirect"
            if relayed is not None and t.lemma in RELAYING_VERBS and relays_speech(ctx, c0, c1):
                # "The Globe reported that the senator said ...": the report covers no words, so
                # the senator's own verb makes the senator's statement
                relayed.append(Attribution((t.start, cue_end), src, [(start, end)], kind, 0.75))
                cue_tokens.add(t.i)
                continue
            found.append(Attribution((t.start, cue_end), src, spans, kind, 0.75))
            by_cue.setdefault(t.start, found[-1])
            covered.add(start, end)
            cue_tokens.add(t.i)
            main_source = main_source or src
    for a in (*found, *(relayed or ())):
        if a.cue is not None and a.cue[0] in sourceless:
            a.source = None  # "Trump is expected to win", "the contests known as Super Tuesday"

def _negated(doc: AnnotatedDocument, t: Token) -> bool:
    """A negator before the cue ``t`` in its clause, not one in the content before a comma
    (:func:`.cue_negation.negates_cue`, h7 at stop 47; shared with the parse engines' cue verbs)."""
    return negates_cue(doc, t)


#: Words before a question verb that make it passive, the question put to
#: the clause's subject: "when asked", "was asked", "The governor, asked
#: about ...".  The parse-based rule reads the same from the tree
#: (:func:`.cue_verbs.question_put`), and names the asker when an agent
#: follows ("asked by reporters"); without a parse such a question is left out.
_PASSIVE_BEFORE = frozenset({"when", "whenever", "once", "after", "before", "while", "if", "unless", "until",
                             "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting"})
#: Words that open the question after "asked X" (not "who" or "where", which
#: more often open a relative clause on X).
_QUESTION_WORDS = frozenset({"whether", "if", "what", "how", "why"})
_QUESTION_AFTER = frozenset({"about", "whether", "if", "what", "how", "why", "when", "who", "where", "which", "to", "for", "on", "by"})


@lru_cache(maxsize=1)
def _cue_lemmas() -> frozenset[str]:
    """Every lemma the cue test of :func:`find_reported_speech` can accept (each of its four
    readings asks for a lemma of one of these lexicons): a token whose lemma is outside it is
    no cue, and is not read further.  A reading added there needs its lexicon added here."""
    return frozenset(speech_verbs()) | frozenset(_phrasal_particles()) | _infinitive_takers() | _object_stance_verbs()


@lru_cache(maxsize=1)
def _object_stance_verbs() -> frozenset[str]:
    """Verbs of cue_frames.tsv that take a stance on their object ("defended her record", "expressed
    concern"), read as cues without a parse: ``object-stance`` of ``surface_cue_verbs.tsv`` (a16)."""
    return word_class("surface_cue_verbs.tsv", "object-stance")


@lru_cache(maxsize=1)
def _aspectual_verbs() -> frozenset[str]:
    """Speech verbs that are verbs of aspect before an infinitive, an -ing verb or "as" ("continue"):
    ``aspectual`` of ``surface_cue_verbs.tsv`` (a17)."""
    return word_class("surface_cue_verbs.tsv", "aspectual")


#: Words that open a clause as a verb's complement: "decided that", "decided whether", "decided they".
_CLAUSE_OPENERS = frozenset({"that", "whether", "i", "he", "she", "we", "they", "it"})


@lru_cache(maxsize=1)
def _clause_only_verbs() -> frozenset[str]:
    """Speech verbs that report speech only with a "that" clause, an infinitive after their object or
    "against" ("advise"): ``clause-only`` of ``surface_cue_verbs.tsv`` (a17)."""
    return word_class("surface_cue_verbs.tsv", "clause-only")


def _clause_or_infinitive_at(doc: AnnotatedDocument, c0: int, end: int) -> bool:
    """The content from ``c0`` opens with "that" or "against", or holds "to" and a verb within its
    first six words ("him to resign", "voters to stay home")."""
    if doc.tokens[c0].text.lower() in ("that", "against"):
        return True
    return any(doc.tokens[k].text.lower() == "to" and _verb_after_to(doc, k) for k in range(c0, min(end - 1, c0 + 6)))


def _aspect_complement(doc: AnnotatedDocument, k: int) -> bool:
    """Token ``k`` opens an infinitive ("to tour"), an -ing verb ("mapping") or an "as" phrase."""
    tok = doc.tokens[k]
    low = tok.text.lower()
    return low == "as" or low == "to" and _verb_after_to(doc, k) or tok.pos == "VERB" and low.endswith("ing")


@lru_cache(maxsize=1)
def _infinitive_takers() -> frozenset[str]:
    """Verbs that are cues only with an infinitive ("refused to", "declined to", "sought to"): the
    cue_frames.tsv verbs with an xcomp frame that speech_verbs.tsv does not list."""
    verbs = speech_verbs()
    return frozenset(lemma for lemma, frames in cue_frames().items() if "xcomp" in frames and lemma not in verbs and " " not in lemma)


def _infinitive_after(doc: AnnotatedDocument, i: int) -> bool:
    """"to" and a verb right after token ``i`` ("refused to testify"), or an opening quote mark and
    a verb ("vowed to “haul the case”", a17)."""
    toks = doc.tokens
    return i + 2 < len(toks) and toks[i + 1].text.lower() == "to" and _verb_after_to(doc, i + 1)


def _verb_after_to(doc: AnnotatedDocument, to: int) -> bool:
    """A verb right after the "to" at token ``to``, past one opening quote mark."""
    toks = doc.tokens
    k = to + 1
    if k < len(toks) and toks[k].text in QUOTE_CHARS and toks[k].sent == toks[to].sent:
        k += 1
    return k < len(toks) and toks[k].pos in ("VERB", "AUX") and toks[k].sent == toks[to].sent


@lru_cache(maxsize=1)
def _phrasal_particles() -> dict[str, frozenset[str]]:
    """Verb lemma -> the particles that make it a phrasal speech verb ("point" -> {"out"})."""
    out: dict[str, set[str]] = {}
    for lemma in speech_verbs():
        verb, _, particle = lemma.partition(" ")
        if particle and " " not in particle:
            out.setdefault(verb, set()).add(particle)
    return {verb: frozenset(ps) for verb, ps in out.items()}


def _particle_of(doc: AnnotatedDocument, t: Token) -> int | None:
    """The index of the particle right after ``t`` that makes it a phrasal speech verb ("pointed out"), if any."""
    k = t.i + 1
    if k < len(doc.tokens) and doc.tokens[k].sent == t.sent and doc.tokens[k].text.lower() in _phrasal_particles()[t.lemma]:
        return k
    return None


#: Object pronouns that can stand for the one spoken to ("told him the deal was off").
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them", "you"})
#: What can open the content clause's subject after the addressee.
_SUBJECT_OPENERS = ("DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ")


def _after_addressee(doc: AnnotatedDocument, c0: int, end: int) -> int:
    """Where the content starts after "told reporters", "assured investors" (else ``c0``).

    The addressee (:func:`_addressee_end`) counts only when a clause follows it: a new
    subject, then a verb before any punctuation ("told reporters the briefing was
    inadequate"). "warned investors would lose money" has no second subject, so
    "investors" stays in the content.
    """
    k = _addressee_end(doc, c0, end)
    return c0 if k == c0 else _clause_follows(doc, c0, k, end)


def _addressee_end(doc: AnnotatedDocument, k: int, end: int) -> int:
    """Without a parse, the end of the one spoken to right after a cue at ``k`` -- an object
    pronoun, a run of names ("Reuters", "the Daily Ledger"), or a determiner with its
    adjectives and nouns ("reporters", "the committee") -- or ``k`` when there is none."""
    if k >= end:
        return k
    first = doc.tokens[k]
    if first.text.lower() in _OBJECT_PRONOUNS:
        return k + 1
    j = k
    if first.pos == "DET" or first.text.lower() in POSSESSIVES:
        j += 1
    if j < end and doc.tokens[j].pos == "PROPN":
        while j < end and doc.tokens[j].pos == "PROPN":
            j += 1
        return j
    while j < end and doc.tokens[j].pos == "ADJ":
        j += 1
    while j < end and doc.tokens[j].pos == "NOUN" and doc.tokens[j].text[:1].islower():
        j += 1
    return j if j > k and doc.tokens[j - 1].pos == "NOUN" else k


#: Prepositions that open an adjunct between a cue and its content ("said on Friday he ...",
#: "said in an interview the ...", "said at a rally that ...").
_ADJUNCT_PREPOSITIONS = frozenset({"on", "in", "at", "during", "after", "before", "late", "early", "earlier"})


def _after_adjunct(doc: AnnotatedDocument, c0: int, end: int) -> int:
    """Where the content starts after a time or place adjunct right after the cue (else ``c0``).

    "said on Friday he met", "said in an interview the plan was dead", "said Tuesday the
    talks failed": the adjunct -- a preposition with a short noun phrase, or a bare weekday --
    is skipped when a clause (a subject, then a verb) follows it; "said on Friday" at the end
    of a sentence, or "said in Paris, where ...", keep their content as before.
    """
    if c0 >= end:
        return c0
    first = doc.tokens[c0]
    low = first.text.lower()
    k = c0
    if low in _ADJUNCT_PREPOSITIONS and first.pos in ("ADP", "ADV", "ADJ"):
        k += 1
    elif first.pos != "PROPN" or low not in weekdays():
        return c0
    else:
        return _clause_follows(doc, c0, c0 + 1, end)  # "said Tuesday the talks ..."
    np_start = k
    if k < end and (doc.tokens[k].pos == "DET" and doc.tokens[k].text.lower() != "that" or doc.tokens[k].text.lower() in POSSESSIVES):
        k += 1  # the adjunct's determiner; a later one opens the content's subject
    while k < end and k - c0 <= 6 and doc.tokens[k].pos in ("ADJ", "NUM", "PROPN", "NOUN"):
        k += 1
        if doc.tokens[k - 1].text.lower() in weekdays():
            break  # "said on Friday he ...": the weekday ends the adjunct
    if k == np_start or doc.tokens[k - 1].pos in ("DET", "ADJ"):
        return c0
    if k < end and doc.tokens[k].text.lower() == "that":
        return k  # "said at a rally that ...": the complementizer stays, as PolNeAR marks it
    if k < end and doc.tokens[k].text.lower() in _ADJUNCT_PREPOSITIONS:
        after = _after_adjunct(doc, k, end)
        if after != k:
            return after  # "said on Twitter on Monday she ..."
    return _clause_follows(doc, c0, k, end, limit=8)


def _clause_follows(doc: AnnotatedDocument, c0: int, k: int, end: int, *, limit: int = 4) -> int:
    """``k`` when a clause (a subject, then a verb before punctuation) starts there, else ``c0``."""
    if k >= end or k - c0 > limit or doc.tokens[k].pos not in _SUBJECT_OPENERS or doc.tokens[k].text.lower() == "that":
        return c0
    for j in range(k + 1, min(k + 8, end)):
        tj = doc.tokens[j]
        if tj.pos in ("VERB", "AUX"):
            return k
        if tj.pos == "PUNCT" or tj.text.lower() in ("to", "that"):
            break
    return c0


def _question_put(doc: AnnotatedDocument, t: Token, first: int) -> bool:
    """"Asked about X, Smith said ...", "when asked whether", "was asked if":
    a question verb in the passive, put to the subject, is not a statement."""
    if t.lemma not in QUESTION_VERBS or not t.text.lower().endswith("ed"):
        return False
    k = t.i - 1
    while k >= first and (doc.tokens[k].pos == "ADV" and doc.tokens[k].text.lower() not in _PASSIVE_BEFORE or doc.tokens[k].text in QUOTE_CHARS):
        k -= 1
    if k < first or doc.tokens[k].text.lower() in _PASSIVE_BEFORE:
        return True
    nxt = doc.tokens[t.i + 1].text.lower() if t.i + 1 < len(doc.tokens) else ""
    return doc.tokens[k].text == "," and nxt in _QUESTION_AFTER


@lru_cache(maxsize=1)
def _experiencer_verbs() -> frozenset[str]:
    """Cue verbs of emotion (``speech_verbs.tsv`` rows from Levin 31.3, marvel verbs: "worry"): their
    participle after "be" is an adjective whose subject feels it ("The ministry is worried that ...")."""
    return frozenset(r[0] for r in rows("speech_verbs.tsv") if len(r) >= 3 and r[2].startswith("Levin 31.3"))


def _agentless_passive(doc: AnnotatedDocument, t: Token, first: int, end: int) -> bool:
    """The cue is a passive participle with no "by" agent after it: "Trump is expected to win",
    "X was considered a risk", "the contests known as Super Tuesday". Its subject is what is
    expected, known or said -- never the one who speaks -- so the statement has no source, as
    PolNeAR marks it (Attribution-no-source) and as the parse-based rule reads hedges
    (:mod:`.hedges`). Issue 14, helper a13 at stop 40."""
    low = t.text.lower()
    if low == t.lemma or low.endswith(("s", "ing")) or t.lemma in _experiencer_verbs():
        return False  # not a participle; or "is worried that": the subject feels it
    if any(doc.tokens[k].text.lower() == "by" for k in range(t.i + 1, min(end, t.i + 5))):
        return False  # "was told by aides": the agent speaks
    k = t.i - 1
    while k >= first and doc.tokens[k].pos == "ADV":
        k -= 1
    if k >= first and doc.tokens[k].lemma == "be":
        # not "'s", which is as often "has" ("he's said", "she's shown") or a possessive
        return doc.tokens[k].text.lower() not in ("'s", "’s")
    # a reduced relative after a common noun: "the contests known as", "a fund described as"
    return t.i > first and t.i + 1 < end and doc.tokens[t.i + 1].text.lower() == "as" and doc.tokens[t.i - 1].pos == "NOUN"


def _after_be(doc: AnnotatedDocument, t: Token, first: int) -> bool:
    """"was asked", "were asked": a finite passive, not a clause set before the main one."""
    k = t.i - 1
    while k >= first and doc.tokens[k].pos == "ADV":
        k -= 1
    return k >= first and doc.tokens[k].lemma == "be"


def _named_asker(ctx: Context, t: Token, end: int) -> Source | None:
    """"X was asked by host Dan Morrow whether ...": the agent before the question asks it."""
    doc = ctx.doc
    if t.lemma != "ask" or t.i + 2 >= end or doc.tokens[t.i + 1].text.lower() != "by":
        return None
    q = next((k for k in range(t.i + 3, min(end, t.i + 10)) if doc.tokens[k].text.lower() in _QUESTION_WORDS), None)
    src = ctx.source_at(t.i + 2, q - 1) if q is not None else None
    return ctx.widen_left(src, t.i + 2) if src is not None and src.actor else None


def _as_phrase_content(ctx: Context, first: int, end: int, cue: Token, src: Source) -> list[tuple[int, int]] | None:
    """``The talks failed, as Peskov said on Tuesday.``: the sentence around an "as" phrase."""
    doc = ctx.doc
    src_tok = doc.token_at(src.start)
    if src_tok is None or src_tok.i - 1 < first or doc.tokens[src_tok.i - 1].text.lower() != "as" or src_tok.i > cue.i:
        return None
    if cue.i + 2 < end and doc.tokens[cue.i + 1].text.lower() == "to" and doc.tokens[cue.i + 2].pos in ("VERB", "AUX"):
        # "As migrants continue to cross the river, ...": a verb with an infinitive of its own heads a
        # time clause; the "as" of attribution takes a bare cue ("as Peskov said on Tuesday") (a14)
        return None
    lo = src_tok.i - 1
    hi = cue.i
    while hi + 1 < end and doc.tokens[hi + 1].text not in (",", ".", ";", "!", "?") and hi - cue.i < 4:
        hi += 1
    pieces = []
    for a, b in ((first, lo - 1), (hi + 1, end - 1)):
        span = trim(doc, a, b) if a <= b else None
        if span is not None and span[1] - span[0] >= 1:
            pieces.append((doc.tokens[span[0]].start, doc.tokens[span[1]].end))
    return pieces or None


#: Time words that open an adjunct after a cue ("the airline said today").
_TIME_WORDS = frozenset({"today", "yesterday", "tonight", "last", "earlier", "later", "late", "early", "this", "again"})


def _only_adjuncts_follow(doc: AnnotatedDocument, k: int, end: int) -> bool:
    """Tokens k..end hold only time or place adjuncts, no clause ("said Thursday.", "said in a
    statement.", "said, on condition of anonymity."): a preposition or a time word first, then
    no finite verb, auxiliary, complementizer or quotation mark before the sentence ends."""
    if k < end and doc.tokens[k].text == ",":
        k += 1
    if k >= end or doc.tokens[k].pos == "PUNCT" and doc.tokens[k].text not in QUOTE_CHARS:
        return k < end  # "told Reuters." (nothing after the one spoken to); nothing at all: the caller's own test
    low = doc.tokens[k].text.lower()
    if not (doc.tokens[k].pos == "ADP" and low not in ("that", "to") or low in weekdays() or low in _TIME_WORDS):
        return False
    for j in range(k, end):
        tj = doc.tokens[j]
        if tj.text == "," and j + 1 < end and doc.tokens[j + 1].pos == "VERB" and doc.tokens[j + 1].text.lower().endswith("ing"):
            return True  # "said on Sunday, adding that ...": the participle is a cue of its own
        if tj.text in QUOTE_CHARS or tj.text.lower() in ("that", "whether", "if") or tj.pos in ("AUX", "VERB"):
            return False
    return True


#: Words that open a fronted adverbial clause ("As the vote neared, Smith said ...").
_FRONTED_SUBORDINATORS = frozenset({"after", "as", "when", "while", "although", "though", "if", "because", "since",
                                    "before", "until", "once", "unless", "whenever"})


def _content_before_cue(ctx: Context, first: int, cue: Token, src: Source | None) -> tuple[int, int] | None:
    """For "CONTENT, SOURCE said." the span of CONTENT (None if not that shape)."""
    doc = ctx.doc
    if src is None:
        return None
    src_tok = doc.token_at(src.start)
    if src_tok is None:
        return None
    edge = min(src_tok.i, cue.i) - 1
    while edge >= first and doc.tokens[edge].text in QUOTE_CHARS:
        edge -= 1
    # ", federal officials said", ", two senior diplomats said": modifiers the source span left out
    lo = edge - 3
    while edge > lo and edge >= first and doc.tokens[edge].pos in ("ADJ", "NOUN", "NUM", "DET") and doc.tokens[edge].text[:1].islower():
        edge -= 1
    if edge < first or doc.tokens[edge].text != ",":
        return None
    c0 = first_content_token(doc, first)
    c1 = edge
    fronted = doc.tokens[c0].text.lower() in _FRONTED_SUBORDINATORS and doc.tokens[c0].text[:1].isupper()
    if c1 - c0 < 3 or fronted and not any(doc.tokens[x].text == "," for x in range(c0 + 1, c1)):
        # "After meeting the envoy, Smith said ...": a fronted adverbial clause alone is no content;
        # with a main clause after it ("If the dam breaks, the valley will flood, the engineer
        # warned.") the whole sentence is (a16)
        return None
    return doc.tokens[c0].start, doc.tokens[c1 - 1].end


def _quote_is_attributed(found: list[Attribution], offset: int) -> bool:
    return any(a.content[0][0] - 1 <= offset <= a.content[0][0] for a in found)


@lru_cache(maxsize=1)
def _participle_openers() -> frozenset[str]:
    return word_class("participle_openers.tsv", "participle-opener")


def _after_participle_opener(doc: AnnotatedDocument, t: Token, sent_start: int) -> bool:
    """``t`` opens an adverbial participle clause after "by", "after", "while" ... (see
    ``participle_openers.tsv``): "stunned the chamber by accusing ...", not "a man claiming"."""
    return t.i - 1 > sent_start and doc.tokens[t.i - 1].text.lower() in _participle_openers()


def _inverted_source_goes_on(doc: AnnotatedDocument, k: int, sent_end: int) -> bool:
    """After the mention an inverted cue found, token ``k`` carries the source on rather than
    opening the cue's content: a relative clause ("..., said a handful of aides who know the
    district") or a coordinated party ("..., said Lena Park and others, would ..."). A content
    clause never opens with "who", nor with "and" before "others" or a name (h5, stop 46)."""
    low = doc.tokens[k].text.lower()
    if low in ("who", "whose"):
        return True
    return low == "and" and k + 1 < sent_end and (doc.tokens[k + 1].text.lower() in ("others", "other") or doc.tokens[k + 1].pos == "PROPN")


def _modified_verb_subject(ctx: Context, t: Token, sent_start: int) -> Source | None:
    """The subject of the nearest verb before the opener of adjunct participle ``t`` (not an
    -ing form of its own): "surprised the party by declaring" -> the subject of "surprised"."""
    doc = ctx.doc
    for k in range(t.i - 2, sent_start - 1, -1):
        v = doc.tokens[k]
        if v.text in (",", ";", ":") or ctx.quoted[v.start]:
            return None
        if v.pos == "VERB" and not v.text.lower().endswith("ing"):
            return ctx.subject_of(v)
    return None


def _sentence_subject(ctx: Context, first: int, before: int) -> Source | None:
    """The first actor mention or pronoun of the clause before ``before`` (the speaker of a later
    participle). Unlike :meth:`Context.source_at` it makes no actor of a plain noun ("The ceasefire
    will hold, ..., adding"), which would then speak."""
    doc, draft = ctx.doc, ctx.draft
    dash = dateline_dash(doc, doc.sentences[doc.tokens[first].sent])
    if dash is not None and first <= dash < before:
        first = dash + 1  # "WASHINGTON (AP) — Sen. Ortiz ... and said": the place heading wire copy speaks for no one (h5, stop 46)
    first = _main_clause_start(doc, first, before)
    for k in range(first, before):
        t = doc.tokens[k]
        if draft.actor_at(t.start, t.end) is None and t.pos != "PRON" and t.lemma not in group_nouns() and t.lemma not in org_nouns():
            continue
        src = ctx.source_at(k, k)
        if src is not None and (src.actor or t.text.lower() in _SUBJECT_PRONOUNS):
            # a subject pronoun no antecedent resolves is still the speaker as written ("She
            # wrote to members in a letter to donors, saying ...": she, not the donors) (a16)
            return src
    return None


#: The clause subject that speaks a later participle, for the other no-parse readings.
sentence_subject = _sentence_subject

#: Pronouns that are only ever a clause's subject.
_SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "we", "they"})


#: Tags of the words between a fronted adverbial's comma and the main verb: the subject phrase
#: ("Senator Ana Pike of Oregon", "the mayor's aide"), with "of" and "'s" joining its parts.
_SUBJECT_WORD_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})


def _main_clause_start(doc: AnnotatedDocument, first: int, before: int) -> int:
    """Where the main clause starts, after a fronted adverbial ("At a town hall in Reno on
    Monday, Senator Ana Pike endorsed ..., saying", "In an interview with the Ledger, Pike
    repeated ..., saying"): the first comma after which a subject phrase runs straight into a
    verb. The fronted phrase's nouns (the town, the outlet) are never the one who speaks.
    A sentence that opens with no preposition, subordinator or adverb starts with its clause.
    Issue 14, helper a16 at stop 41."""
    opener = doc.tokens[first]
    if opener.pos not in ("ADP", "SCONJ", "ADV"):
        return first
    for c in range(first + 1, before - 1):
        if doc.tokens[c].text != ",":
            continue
        k = c + 1
        while k < before and k - c <= 10 and (doc.tokens[k].pos in _SUBJECT_WORD_TAGS or doc.tokens[k].text.lower() in ("of", "'s", "’s")):
            k += 1
        while k < before and doc.tokens[k].pos == "ADV":
            k += 1
        if k > c + 1 and k < before and doc.tokens[k].pos in ("VERB", "AUX"):
            return c + 1
    return first


#: Tags of the words of a short subject between ", and" and its speech verb ("Tom Lee", "the
#: union", "nearly three in five", "22 percent").
_NEXT_SUBJECT_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "PRON"})


def _before_next_speaker(doc: AnnotatedDocument, c0: int, c1: int) -> int:
    """The content's end before ", and <subject> <speech verb>" inside it: "Ana Ruiz said the plan
    failed, and Tom Lee said it worked" gives Ruiz "the plan failed"; the second clause is Lee's
    own statement, read at its own cue. (``clause_end`` stops only at a comma before a subject
    and a verb, or a conjunction right before one.) Issue 14, helper a16 at stop 41."""
    toks = doc.tokens
    verbs = speech_verbs()
    for m in range(c0 + 1, c1 - 2):
        if toks[m].text != "," or toks[m + 1].pos != "CCONJ":
            continue
        for j in range(m + 2, min(c1, m + 9)):
            t = toks[j]
            if t.pos == "VERB":
                if j > m + 2 and t.lemma in verbs and verbs[t.lemma] == "speech" and not t.text.lower().endswith("ing"):
                    return m
                break
            if t.pos not in _NEXT_SUBJECT_TAGS and t.text.lower() not in ("in", "of"):
                break
    return c1
