"""Denials: who denied which claim.

Cues come from ``denial_cues.tsv``: denial verbs ("denied", "countered"),
nouns ("denial"), predicates applied to a claim ("this report is not
true") and negated content inside a statement ("no written document had
been handed over").  Exclusion phrases ("denied a visa", "declined to
comment", "rejected the proposal") are skipped.  The denied claim is the
verb's complement or, for "this report is not true", the most recent
"report/claim/allegation that ..." before it.

A denial needs a denied claim (issue 14): plain negation is not a denial.
So a denial verb counts only with a claim as its argument -- a claim noun
("dismissed the allegations"), a that-clause ("denied that he had met"),
"as" + a falsity word ("dismissed it as baseless") -- except the few verbs
that deny whatever they take ("denied involvement", "Deny Using Tear
Gas"); "dismissed the chief executive", "disputed control of the islands",
"countered with a cheaper phone", "pushed back to next year" are not
denials.  A falsity predicate needs a claim or a demonstrative as its
subject ("this report is not true", "that is false"), and negated content
in a statement ("no document had been handed over") needs an earlier
report or claim that it answers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache
from itertools import compress, repeat
from operator import or_

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..lexicons import rows, word_classes
from .attribution import Context, context_for
from .denial_forms import base_form
from .denial_claimants import claimant_verdicts
from .denial_wrong_to_say import wrong_claimant_claims, wrong_means_false
from .denial_reported import reported_claim_before
from .denial_misrepresent import misrepresented_portrayals
from .denial_made_up import made_up_pointers
from .denial_lying import lies_about_speaker
from .denial_noun_aside import aside_verdicts
from .denial_echo import echoed_denial
from .denial_corrections import corrected_parties, corrected_reports
from .denial_content import clause_follows
from .denial_absolutes import with_phrase_subject
from .denial_asides import before_prepositional_aside
from .denial_critics import critic_unacquainted
from .denial_no_proof import own_act_unproven
from .denial_unfaced import denies_unfaced_fact
from .denial_contrary import contrary_claims
from .denial_as_alleged import as_alleged_denials
from .denial_unhappened import unhappened_events
from .denial_own_act import own_act_denials
from .denial_addressee import addressee_claim_start
from .denial_apposed import apposed_claim
from .denial_back_reference import back_pointer_verb, bare_pointer_after, reported_claim_back
from .denial_passive_verdict import passive_claim_verdict
from .denial_passive_calling import passive_callings
from .denial_deed_rebuttal import deed_rebuttal
from .denial_nonclaims import generic_passive, reflexive_object
from .denial_accused import accusation_before, accused_party, innocence_claims, pleas_of_innocence, verdict_answers_accusation
from .denial_decried import decried_claims
from .denial_false_claims import falsely_put_claims, own_claim
from .denial_accuser_called import accusers_called_false
from .denial_conjoined import first_conjunct
from .denial_forgery import thing_called_fake
from .denial_participle_subject import noun_before_participle
from .denial_span_tails import trimmed_tail
from .denial_fragments import inverted_headline_verdicts, verdict_fragment
from .quotes import find_quotes
from .denial_spans import noun_claim, noun_claim_opens, trimmed_claim
from .denial_requests import asked_for, proposal_just_made, urged_course
from .denial_unsaid import has_remark_verb, unsaid_remarks
from .denial_gerunds import for_gerund_doer
from .denial_uses import counter_argument, distanced_words, doctrine_subject, generic_gerund, only_possible, thing_participle, unmade_attempt
from .denial_parties import no_claim_object, role_noun, not_a_verdict, proof_subject, serving_material, shown_by_proof, thing_subject, thing_word, under_not_done_noun
from .mentions import clause_end, is_negated, noun_before_relative_clause
from .statements.cue_negation import negator_before_aside
from .roles import actor_of, agent_token, is_passive, kids, object_tokens
from .screens import folded, has_word, matches_from
from .span_index import SpanIndex
from .tree import content_clause, is_time_entity, subtree_bounds

#: Governing verbs under which a denial verb is not a denial made ("refused to disavow").
_NOT_DONE = {"refuse", "decline", "fail", "avoid"}

#: ``denial_words.tsv`` by class, once read: the checks ask for their word lists per token, and a
#: global is quicker to reach than a cached call.
_WORDS: Mapping[str, frozenset[str]] | None = None


def _words(cls: str) -> frozenset[str]:
    """The words of one class of ``denial_words.tsv`` (an unknown class raises ``KeyError``)."""
    global _WORDS
    if _WORDS is None:
        _WORDS = word_classes("denial_words.tsv")
    return _WORDS[cls]


_CLAIM_LEMMAS: frozenset[str] | None = None


def _claim_lemmas() -> frozenset[str]:
    """Nouns naming something said or believed, which a denial verb can take as its claim
    ("dismissed the notion"): the ``claim-lemma`` words and the ``claim-noun`` words made singular."""
    global _CLAIM_LEMMAS
    if _CLAIM_LEMMAS is None:
        nouns = {w.rstrip("s") if w.endswith("s") and not w.endswith("ss") else w for w in _words("claim-noun")}
        _CLAIM_LEMMAS = frozenset(nouns) | _words("claim-lemma")
    return _CLAIM_LEMMAS


_DEMONSTRATIVES = {"this", "that", "these", "those", "it", "such"}

#: Words opening a clause that asks rather than claims ("discount how important he is").
_WH_OPENERS = frozenset({"how", "why", "whether", "where", "when", "if"})


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in rows("denial_cues.tsv"):
        if len(r) >= 2:
            out.setdefault(r[1], []).append(r[0].lower())
    return out


@lru_cache(maxsize=1)
def _negation_patterns() -> list[re.Pattern[str]]:
    pats = []
    for cue in _cues().get("negation", []):
        parts = [re.escape(p.strip()) for p in cue.split("...")]
        pats.append(re.compile(r"\b" + r"\b(?:\s+\S+){1,4}?\s+\b".join(parts) + r"\b", re.IGNORECASE))
    return pats


@lru_cache(maxsize=1)
def _negation_screens() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two quick tests that a span may hold a negation cue, cheapest first.

    The first words of the cues, then all cue patterns as one alternation:
    a span that neither finds has no match for any pattern (same bounds,
    same word boundaries), so the patterns themselves are tried, in order,
    only on the few spans that pass both.
    """
    heads = [cue.split("...")[0].split()[:1] for cue in _cues().get("negation", [])]
    # (no boundary after the word: a pattern's first part may go on with a
    # space; a cue with no first word lets every span through)
    firsts = sorted({h[0] for h in heads if h}) if all(heads) else []
    words = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in firsts) + ")" if firsts else "", re.IGNORECASE)
    anyone = re.compile("|".join(f"(?:{p.pattern})" for p in _negation_patterns()) or "(?!)", re.IGNORECASE)
    return words, anyone


@lru_cache(maxsize=1)
def _predicate_pattern() -> re.Pattern[str]:
    preds = sorted(_cues().get("predicate", []), key=len, reverse=True)
    body = "|".join(re.escape(p) for p in preds)
    poss = "|".join(re.escape(p) for p in _POSSESSED_VERDICTS)
    # the verdict may stand in quotes ("Allegations Are 'Baseless'", 'were "completely false"'), and a
    # claim may "have" no basis ('the speculation had "no basis whatsoever"')
    # "those things weren't true": the negation written into the verb (d6, stop 36); an adverb may
    # come before an article ("That is simply a fabrication": d11, stop 41)
    copulas = "|".join(_COPULAS)
    # "isn't true", "wasn't accurate": the truth words of denial_words.tsv (d14, stop 44)
    truth = "|".join(re.escape(w) for w in sorted(_words("truth-word"), key=len, reverse=True))
    # a hedge set off by commas before the verdict: "is, in my view, false", "was, frankly, made up" (d16, stop 46)
    aside = r"(?:\s*,\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_words("verdict-aside"), key=len, reverse=True)) + r")\s*,)?"
    return re.compile(
        r"\b(?:(?:" + copulas + r"|'s|’s)" + aside + r"\s+(?:''|['‘\"“])?(?:\w+ly\s+)?(?:\w+\s+)?(?:''|['‘\"“])?(?:" + body + r")"
        r"|(?:" + "|".join(_NEGATED_COPULAS) + r")['’]t\s+(?:''|['‘\"“])?(?:\w+\s+)?(?:" + truth + r")"
        r"|(?:" + "|".join(_HAVE_FORMS) + r")\s+(?:''|['‘\"“])?(?:" + poss + r")"
        # resting on something other than fact: "the remarks were grounded in guesswork, not hard facts",
        # "the story is not grounded in fact" (d11, stop 41; as every predicate, only with a claim as subject)
        r"|(?:" + copulas + r")\s+(?:not\s+" + _RESTING + r"(?:any\s+|actual\s+|the\s+|hard\s+)?facts?"
        r"|" + _RESTING + r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+,?\s+(?:and\s+)?not\s+(?:on\s+|in\s+|upon\s+)?(?:actual\s+|the\s+|hard\s+|real\s+)?facts?))\b",
        re.IGNORECASE,
    )


#: The verbs a predicate verdict's match opens with (:func:`_predicate_pattern`): a copula, its
#: negated form ("weren't true"), or "have" ("had no basis"); with "'s", the words
#: :func:`_predicate_matches` tries the pattern at.
_COPULAS = ("is", "are", "was", "were", "be", "been")
_NEGATED_COPULAS = ("isn", "aren", "wasn", "weren")
_HAVE_FORMS = ("has", "have", "had")
_OPENER_FORMS = (*_COPULAS, "'s", "’s", *_NEGATED_COPULAS, *_HAVE_FORMS)
_PREDICATE_OPENERS = tuple(w for w in _OPENER_FORMS if not any(v != w and w.startswith(v) for v in _OPENER_FORMS))  # ("isn": "is" finds it)

#: Resting on something ("based on", "grounded in"): a claim resting on other than fact is called false.
_RESTING = r"(?:based|grounded|rooted)\s+(?:on|in|upon)\s+"


#: A verdict found rather than said: "was shown to be false", "was later proven to be untrue",
#: "statements that turned out to be untrue" (a showing verb's passive or "turn out", ending right
#: before the verdict's "be").
#: A verdict in what someone refuses or fails to admit ("refusing to concede that any of the numbers were wrong"):
#: an admission not made, which denies no claim of another's (d12, stop 42).
_UNADMITTED = re.compile(
    r"\b(?:refus\w*|declin\w*|fail\w*|not|never|won['’]t|n['’]t)\s+(?:to\s+)?(?:acknowledg|admit|conced|accept)\w*\s+(?:that\s+)?(?:(?:any|all|some|none|most|each|either)\s+of\s+)?$",
    re.IGNORECASE,
)
#: A modal of what was to come: a claim holding it is a forecast, which "that is not what happened" judges, not denies.
_FORECAST = re.compile(r"\b(?:would|will|could|might|should)\b", re.IGNORECASE)
#: The rest of a cleft after its focus ("It is not what happened | on the pitch that matters"): a "that" or
#: "which" and a verb before the clause ends.
_CLEFT_REST = re.compile(r"[^,.;:!?\"”]{0,60}?\b(?:that|which|who)\s+(?:\w+\s+)?\w+", re.IGNORECASE)
_FOUND_TO_BE = re.compile(r"\b(?:shown|proven|proved|found|demonstrated|revealed|confirmed|turned\s+out|turn\s+out|turns\s+out)\s+to\s+$", re.IGNORECASE)

#: What a claim can "have" none of when it is false: "the reports have no basis", "the speculation
#: had no foundation" (news style; written for this project, issue 14 denials batch 8). Only after
#: has/have/had and, as every predicate, only with a claim as subject ("the court had no basis to
#: rule" names no claim).
_POSSESSED_VERDICTS = ("no basis", "no foundation", "no truth", "no substance", "no merit")


def _excluded(text: str, start: int) -> bool:
    """An exclusion phrase ("denied a visa", "declined to comment") covers the cue at ``start``."""
    lo = max(0, start - 30)
    window = text[lo : start + 60].lower()
    cue_at = start - lo
    for ex in _cues().get("exclusion", []):
        k = window.find(ex)
        while k >= 0:
            if k <= cue_at < k + len(ex):
                return True
            k = window.find(ex, k + 1)
    return False


def _phrasal(doc: AnnotatedDocument, t: Token) -> tuple[int, int] | None:
    """Token range of a denial verb or noun cue at ``t``, particles included ("brushed the report aside")."""
    low, lemma = t.text.lower(), t.lemma.lower()
    first_words = _cue_first_words()
    if low not in first_words and lemma not in first_words:
        return None  # the common case: no cue starts with this word
    sent_end = doc.sentences[t.sent].token_end
    best = None
    for cue in _cue_words():
        if cue[0] not in (low, lemma):
            continue
        if len(cue) == 1:
            best = best or (t.i, t.i)
            continue
        # the particle may follow the object ("brushed the concerns aside"): up to 4 tokens on
        for k in range(t.i + 1, min(sent_end, t.i + 5)):
            if doc.tokens[k].text.lower() == cue[1]:
                return t.i, k
    return best


def _misread_form(t: Token, low: str, first_words: frozenset[str]) -> bool:
    """A verb form whose lemma the tagger got wrong but whose written form inflects a cue word
    ("Dismisses" lemmatised "dismisse" in a title-case headline; :mod:`.denial_forms`)."""
    return low[:3] in _cue_prefixes() and base_form(low, first_words) is not None


def _with_cue_lemma(t: Token, low: str, first_words: frozenset[str]) -> Token:
    """``t`` with the cue word as its lemma when only its written form names the cue (see
    :func:`_misread_form`), so every check below reads "dismiss" for "Dismisses"."""
    if t.lemma.lower() in first_words or low in first_words:
        return t
    base = base_form(low, first_words)
    return replace(t, lemma=base) if base is not None else t


#: Lower-case written forms seen so far -> whether a cue starts with the form (the word itself,
#: or an inflection of a cue word as :func:`_misread_form` reads it), for one set of cue words.
#: Strings and booleans only, so the collector does not track the table; cleared past its bound.
_START_FORMS: tuple[frozenset[str], dict[str, bool]] | None = None
_START_FORMS_MAX = 200_000


def cue_start_tokens(doc: AnnotatedDocument, lowered: list[str], first_words: frozenset[str]) -> list[Token]:
    """The tokens whose lower-case word or lemma starts a cue, or whose word inflects a cue word,
    in document order: ``[t for t, low, lemma in zip(doc.tokens, lowered, lemmas) if low in
    first_words or lemma in first_words or _misread_form(t, low, first_words)]``.

    That test reads each word once per document, about 850 a text, and most are no cue; the
    answer for a written form depends only on the form (and ``first_words``), so it is kept
    across documents and each token costs one dictionary read (the columns are combined with
    ``map`` and ``compress``, in C). The list is the same, in the same order.
    """
    global _START_FORMS
    memo = _START_FORMS
    if memo is None or memo[0] is not first_words or len(memo[1]) > _START_FORMS_MAX:
        memo = _START_FORMS = (first_words, {})
    forms = memo[1]
    flags = list(map(forms.get, lowered))
    if None in flags:
        prefixes = _cue_prefixes()
        for k, flag in enumerate(flags):
            if flag is None:
                low = lowered[k]
                flag = forms.get(low)
                if flag is None:
                    flag = forms[low] = low in first_words or (low[:3] in prefixes and base_form(low, first_words) is not None)
                flags[k] = flag
    return list(compress(doc.tokens, map(or_, flags, map(first_words.__contains__, doc.lowered_lemmas()))))


@lru_cache(maxsize=1)
def _cue_prefixes() -> frozenset[str]:
    """The first three letters of the cue words: a cheap screen before :func:`base_form`."""
    return frozenset(w[:3] for w in _cue_first_words())


@lru_cache(maxsize=1)
def _cue_words() -> tuple[tuple[str, ...], ...]:
    words = [tuple(c.split()) for kind in ("verb", "noun") for c in _cues().get(kind, [])]
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _cue_first_words() -> frozenset[str]:
    return frozenset(cue[0] for cue in _cue_words())


#: Objects that "deny" says do not exist rather than withholds: one rejects a plan, but "denied
#: plans to send troops" says there are none.
_DENIED_INTENTS = frozenset({"plan"})


def _denied_intent(doc: AnnotatedDocument, w: Token) -> bool:
    """"plans to send troops" (an intention said to exist), not "plans for a stadium" (a scheme
    put forward, which a council may turn down)."""
    nxt = doc.tokens[w.i + 1] if w.i + 1 < len(doc.tokens) else None
    return w.lemma.lower() in _DENIED_INTENTS and nxt is not None and nxt.text.lower() == "to"


def _modifies_noun(doc: AnnotatedDocument, t: Token) -> bool:
    """A denial noun used as a modifier of the noun after it ("the denial phase of grief")."""
    if doc.has_parse:
        return t.dep in ("compound", "amod") and t.head is not None and t.head > t.i
    nxt = doc.tokens[t.i + 1] if t.i + 1 < doc.sentences[t.sent].token_end else None
    return nxt is not None and nxt.pos == "NOUN"


def _denialism(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A denial noun after a noun naming a topic, not a party ("vaccine denial", "climate
    denial", "science denial") or after "self-": denying as a stance or a habit, no one's denial
    of a claim ("a Kremlin denial", "the White House denial" name who denied)."""
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    if k >= first and doc.tokens[k].text in ("-", "‐") and k - 1 >= first:
        k -= 1  # "self - denial" as three tokens
    if k < first:
        return False
    w = doc.tokens[k]
    if w.text.lower() == "self" or w.text.lower().startswith("self-"):
        return True
    nxt = doc.tokens[t.i + 1].text.lower() if t.i + 1 < doc.sentences[t.sent].token_end else ""
    if w.pos in ("ADP", "CCONJ", "SCONJ") and nxt not in ("of", "that", "by", "from", ",", ":"):
        return True  # "a journey from denial and resistance to acceptance": a state of mind, no one's act
    if w.pos not in ("NOUN", "PROPN", "ADJ") or w.text in _POSSESSIVE or not w.text.islower():
        return False  # "Kremlin denial", "a White House denial", "the company's denial"
    if k - 1 >= first and doc.tokens[k - 1].text.lower() in _POSSESSIVE_PRONOUNS and t.text.lower().endswith("s"):
        return False  # "his fierce denials" (the adjective tagged a noun): his denials, made again and again
    from .nominals import nominal_kind

    if draft.actor_at(w.start, w.end) is not None or nominal_kind(w) is not None or _role_word(w):
        return False  # "a government denial", "the spokesman denial"
    before = doc.text[: t.start].rstrip()
    if w.text.lower() in _MANNER_NOUNS or before[before.rfind(" ") + 1 :].lower() in _MANNER_NOUNS:
        return False  # "a blanket denial", "a point-by-point refutation" (one word or, split by the tokenizer, five)
    return w.pos == "NOUN" or w.text.lower() in _words("topic-adjective")


#: Nouns used before "denial" to say how it was made ("a blanket denial"), not what about.
_MANNER_NOUNS = frozenset({"blanket", "flat", "point-blank", "point-by-point", "outright", "written", "terse", "swift"})


def _of_refusal(doc: AnnotatedDocument, t: Token) -> bool:
    """A denial noun whose "of" phrase names something withheld ("denial of access", "the denial
    of a licence to the casino"): a refusal, as "denied access" is."""
    end = doc.sentences[t.sent].token_end
    if t.i + 1 >= end or doc.tokens[t.i + 1].text.lower() != "of":
        return False
    refusal = set(_cues().get("refusal", []))
    head = _of_phrase_head(doc, t.i + 2)
    return head is not None and (head.lemma.lower() in refusal or head.text.lower() in refusal)


def _of_phrase_head(doc: AnnotatedDocument, k: int) -> Token | None:
    """The head noun of the short noun phrase starting at token ``k``: the last of its run of nouns
    ("available air support" -> support), determiners, adjectives and numbers before it; None
    when no noun comes within four words."""
    end = doc.sentences[doc.tokens[k].sent].token_end if k < len(doc.tokens) else k
    for j in range(k, min(end, k + 4)):
        w = doc.tokens[j]
        if w.pos in ("NOUN", "PROPN"):
            while j + 1 < end and doc.tokens[j + 1].pos in ("NOUN", "PROPN"):
                j += 1
            return doc.tokens[j]
        if w.pos not in ("DET", "ADJ", "NUM"):
            return None
    return None


def _answers_no_claim(doc: AnnotatedDocument, t: Token) -> bool:
    """A rebuttal or refutation "of" or "to" something that is no claim ("itself a rebuttal to his
    rival's rallying cry", "a refutation of everything we've done"): an answer to a slogan or a
    record, not a claim denied. "denial" denies what it takes ("a denial of wrongdoing")."""
    if t.lemma.lower() in ("denial", "denials") or t.text.lower().startswith("denial"):
        return False
    end = doc.sentences[t.sent].token_end
    if t.i + 2 >= end or doc.tokens[t.i + 1].text.lower() not in ("of", "to"):
        return False
    toks = doc.tokens[t.i + 2 : min(end, t.i + 9)]
    if any(_is_claim_word(w) or w.text.lower() in _words("evidence") or w.text.lower() in ("that", "this", "it") for w in toks):
        return False  # "a rebuttal to the report", "a refutation of the charge that ..."
    return True


def _is_refusal(doc: AnnotatedDocument, t: Token, *, surface: bool = False) -> bool:
    """"denied him a visa", "rejected calls for an inquiry", "denies coverage to flood victims":
    a refusal or REJECT, not a denial."""
    refusal = set(_cues().get("refusal", []))
    deny = t.lemma.lower() in ("deny",) or t.text.lower().startswith("deni")
    if doc.has_parse and not surface:
        if kids(doc, t.i, ("iobj",)):
            return True  # ditransitive deny: "deny Trump the nomination"
        if deny and len(kids(doc, t.i, ("obj", "dobj"))) >= 2:
            return True  # the parse gives both objects as obj: "denied her coalition the seats"
        if deny and is_passive(doc, t) and kids(doc, t.i, ("obj", "dobj")) and not _has_read_as_is(doc, t):
            return True  # "the asylum seeker was denied protection": the subject is refused something
        if deny and is_passive(doc, t):
            subj = kids(doc, t.i, ("nsubj:pass", "nsubjpass"))
            if subj and subj[0].pos in ("NOUN", "PROPN") and not _is_claim_word(subj[0]) and subj[0].text.lower() not in _words("evidence"):
                return True  # "a privilege that other parts of the law have been denied": the parts are refused it
        if deny and any(c.dep in ("obl", "obl:arg") and any(k.dep == "case" and k.text.lower() == "to" for k in doc.children(c.i)) for c in doc.children(t.i)):
            return True  # "denied coverage to the victims"
        if deny and t.text.lower() == "denied" and _headline_passive(doc, t):
            return True  # "Company Denied Tax Break": a headline's passive, the company refused it
        for o in object_tokens(doc, t):
            if deny and _denied_intent(doc, o):
                continue  # "Denies Alliance Plans to Send Troops": what is said to be intended
            if deny and not _is_claim_word(o) and o.i + 1 < doc.sentences[t.sent].token_end and doc.tokens[o.i + 1].text.lower() == "to":
                return True  # "Bank Denies Loan to Struggling Carmaker" (the parser made "to Struggling" a clause)
            if o.lemma.lower() in refusal or o.text.lower() in refusal or _names_proposal(doc, o):
                return True
            if deny and any(_people_then_thing(doc.tokens[m], doc.tokens[m + 1]) for m in range(subtree_bounds(doc, o.i)[0], o.i)):
                return True  # "denied the nurses holiday pay", the parser compounding the people with what is withheld
            if deny and any(c.i > o.i and c.dep in ("amod", "compound", "appos") and c.lemma.lower() in refusal for c in doc.children(o.i)):
                return True  # "deny the militants sanctuary", the parser hanging what is withheld on the person
            if o.lemma.lower() == "claim" and any(c.dep == "nmod" and any(k.dep == "case" and k.text.lower() == "for" for k in doc.children(c.i)) for c in doc.children(o.i)):
                return True  # "rejected claims for damages": a demand for money, not a statement
            if deny and not _is_claim_word(o) and any(c.dep == "nmod" and any(k.dep == "case" and k.text.lower() == "to" for k in doc.children(c.i)) for c in doc.children(o.i)):
                return True  # "denied coverage to flood victims"; but "denied any links to the group" is a claim
        return False
    sent_end = doc.sentences[t.sent].token_end
    if deny and _surface_ditransitive(doc, t):
        return True
    if deny and t.text.lower() == "denied" and _headline_passive(doc, t):
        return True  # "Team Denied Victory by Late Goal"
    for k in range(t.i + 1, min(sent_end, t.i + 5)):
        w = doc.tokens[k]
        if deny and k == t.i + 1 and w.text.lower() == "to":
            return True  # "Visa Denied to Opposition Leader": something withheld from someone
        after_det = w.pos == "VERB" and doc.tokens[k - 1].text.lower() in ("his", "her", "their", "its", "the", "a", "an", "'s", "’s")
        if deny and k == t.i + 1 and w.pos == "VERB" and w.text.lower() in refusal:
            return True  # "denied boarding to passengers": a refusal word the tagger read as a verb form
        if w.pos in ("NOUN", "PROPN") or after_det:  # "denied his release": a noun after a determiner
            if k + 1 < sent_end and doc.tokens[k + 1].text in _POSSESSIVE:
                continue  # "denied the lawsuit's claims": a possessor, not what is denied (d15, stop 45)
            if _is_claim_word(w):
                # "Rejects Report of Secret Deal": the report is what is denied; but "rejected
                # claims for damages" turns down a demand, "rejected the idea of a coalition" a proposal
                return w.text.lower() in ("claim", "claims") and k + 1 < sent_end and doc.tokens[k + 1].text.lower() == "for" or _names_proposal(doc, w)
            if deny and _denied_intent(doc, w):
                return False  # "Denies Alliance Plans to Send Troops"
            if w.lemma.lower() in refusal or w.text.lower() in refusal:
                return True
            if deny and k + 1 < sent_end and doc.tokens[k + 1].text.lower() == "to":
                return True  # "Denies Loan to Struggling Airline"
            continue
        if w.pos in ("VERB", "PUNCT", "SCONJ"):
            return False
    return False


def _has_read_as_is(doc: AnnotatedDocument, t: Token) -> bool:
    """"He's always denied it": the parser read the clitic "'s" as "is" (a passive with an object,
    which would be someone refused something), but "'s" before a participle with an object and no
    "been" is "has"; "he's been denied bail" keeps its "been"."""
    auxes = [c for c in doc.children(t.i) if c.dep in ("aux", "aux:pass") and c.i < t.i]
    return any(c.text.lower() in ("'s", "’s") for c in auxes) and not any(c.text.lower() == "been" for c in auxes)


def _headline_passive(doc: AnnotatedDocument, t: Token) -> bool:
    """"Company Denied Tax Break", "Prisoner Denied Parole": a title-case headline's "Denied" before
    a noun that names no claim is a passive with its "is" left out (the subject is refused
    something); before a claim ("Minister Denied Affair Claims") or a gerund it stays a denial."""
    if not _in_title_line(doc, t):
        return False
    end = doc.sentences[t.sent].token_end
    for k in range(t.i + 1, min(end, t.i + 5)):
        w = doc.tokens[k]
        if _is_claim_word(w) or w.text.lower() in ("that", "it", "he", "she", "they") or w.text.lower().endswith("ing"):
            return False
        if w.pos in ("ADP", "PUNCT", "SCONJ", "CCONJ"):
            break
    return t.i + 1 < end and doc.tokens[t.i + 1].pos in ("NOUN", "PROPN", "ADJ", "DET")


def _names_proposal(doc: AnnotatedDocument, w: Token) -> bool:
    """"the idea of a coalition", "the idea to hold early elections": a ``proposal-noun`` followed by
    "of", "to" or "for" names something one might do, which one rejects as a proposal (PLOVER
    REJECT); "the idea that the vaccine is unsafe" names a claim."""
    if w.lemma.lower() not in _words("proposal-noun") and w.text.lower() not in _words("proposal-noun"):
        return False
    nxt = doc.tokens[w.i + 1] if w.i + 1 < doc.sentences[w.sent].token_end else None
    return nxt is not None and nxt.text.lower() in ("of", "to", "for")


_QUANTIFIERS = frozenset({"several", "some", "many", "all", "most", "any", "none", "one", "each", "both", "few", "much", "part", "parts", "much", "lot", "lots", "rest"})
QUOTE_MARKS = frozenset({'"', "'", "“", "”", "‘", "’"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


#: Names of days and months, which stand after a verb as its date ("denied Tuesday the reports ...").
_CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
})


def _surface_ditransitive(doc: AnnotatedDocument, t: Token) -> bool:
    """Without a parse: "was denied protection" (a passive with an object) and "denied the workers
    a pay rise", "denied him a visa" (a person, then what is withheld): refusals."""
    from .nominals import nominal_kind

    toks = doc.tokens
    sent = doc.sentences[t.sent]
    if t.i + 1 >= sent.token_end:
        return False
    nxt = toks[t.i + 1]
    k = t.i - 1
    while k >= sent.token_start and toks[k].pos == "ADV":
        k -= 1
    if k >= sent.token_start and toks[k].text.lower() in _BE_FORMS and nxt.pos in ("DET", "NOUN", "ADJ") and not _is_claim_word(nxt):
        return True  # "was denied protection"
    j = t.i + 1
    if nxt.text.lower() in _OBJECT_PRONOUNS:
        j += 1
        while j < sent.token_end and toks[j].pos == "ADV":
            j += 1  # "deny him even that path"
        while nxt.text.lower() != "her" and j < sent.token_end and (toks[j].pos in ("DET", "ADJ", "NUM") or toks[j].text.lower() in ("that", "this")):
            j += 1  # "deny him even that long shot path" ("her" may be a possessive: "denied her involvement")
        while j + 1 < sent.token_end and toks[j].pos == "NOUN" and toks[j + 1].pos == "NOUN":
            j += 1  # to the phrase's head: "that long shot path"
        w = toks[j] if j < sent.token_end else None
        if w is not None and (w.pos == "NOUN" or w.pos == "VERB" and w.text.lower() == w.lemma.lower()) and not _is_claim_word(w):
            return True  # "to deny them help", "denied him access" (the tagger may read a bare noun as a verb: "shelter")
    elif nxt.pos == "PROPN" or nxt.pos in ("ADJ", "NOUN") and t.i + 2 < sent.token_end and toks[t.i + 2].pos == "PROPN":
        # a name, then what is withheld: "denied Carter a photograph", "denied everyday Americans a voice"
        while j < sent.token_end and (toks[j].pos in ("PROPN", "ADJ") or j == t.i + 1):
            j += 1
        if toks[j - 1].text.lower() in _CALENDAR_WORDS:
            return False  # "denied Tuesday the reports": a date, not a person
    else:
        if nxt.pos == "DET" or nxt.text.lower() in ("his", "her", "their", "its", "our"):
            j += 1
        while j < sent.token_end and toks[j].pos in ("NOUN", "ADJ"):
            j += 1
        if any(_people_then_thing(toks[m], toks[m + 1]) for m in range(t.i + 1, j - 1)):
            return True  # "denied the workers overtime pay": the people, then what they are refused
        last = toks[j - 1]
        if j == t.i + 1 or last.pos != "NOUN" or nominal_kind(last) not in ("person", "group", "organization"):
            return False  # "denied the report a day later": the first object is no one
    return j < sent.token_end and toks[j].text.lower() in ("a", "an", "the", "any", "their", "his", "her", "its")


def _people_then_thing(w: Token, nxt: Token) -> bool:
    """A plural noun for people right before another noun with no possessive ("the workers |
    overtime pay", "the residents | access"): two objects, not one compound ("police brutality
    claims" has a singular collective first; "the workers' claims" a possessive)."""
    from .nominals import nominal_kind

    low = w.text.lower()
    plural = low.endswith("s") and low != w.lemma.lower()
    if not (plural and w.pos == "NOUN" and nxt.pos == "NOUN") or _is_claim_word(nxt):
        return False
    return nominal_kind(w) in ("person", "group") or role_noun(w)


@lru_cache(maxsize=1)
def _noun_cues() -> frozenset[str]:
    return frozenset(_cues().get("noun", []))


def _in_title_line(doc: AnnotatedDocument, t: Token) -> bool:
    from ..engines.headline_case import in_title_case_line

    return in_title_case_line(doc.text, t.start, t.end)


def _headline_noun(doc: AnnotatedDocument, draft: Draft, verb: Token) -> str | None:
    """The common noun right before a headline's verb as its actor ("Club Denies Wrongdoing",
    "Airline Dismisses Reports"): a headline names its subject in one or two words."""
    from .nominals import nominal_actor

    k = verb.i - 1
    start = doc.sentences[verb.sent].token_start
    while k > start and doc.tokens[k].text.lower().endswith("ly") and doc.tokens[k].pos in ("ADV", "PROPN", "ADJ"):
        k -= 1  # "Club Strongly Denies ...": the adverb before the verb
    if k < start or doc.tokens[k].pos not in ("NOUN", "PROPN") and not (k == start and doc.tokens[k].text[:1].isupper() and doc.tokens[k].pos == "ADJ"):
        return None  # (the headline's one opening word is its subject whatever the tagger says: "Firm Hits Back ...")
    head = doc.tokens[k]
    first = k - 1 if k - 1 >= doc.sentences[verb.sent].token_start and doc.tokens[k - 1].pos in ("NOUN", "PROPN", "ADJ") else k
    return nominal_actor(draft, head, doc.tokens[first].start, fallback="organization")


_SUBJECT_PRONOUNS = frozenset({"i", "we", "they", "you"})


def _after_subject_pronoun(doc: AnnotatedDocument, t: Token) -> bool:
    """A denial verb the tagger read as a noun right after a subject pronoun ("We categorically
    deny these allegations") or a one-word name opening the sentence ("China rebuts ..."): the
    subject is followed by its verb, not by a noun."""
    k = t.i - 1
    first = doc.sentences[t.sent].token_start
    while k >= first and (doc.tokens[k].pos == "ADV" or doc.tokens[k].text in QUOTE_MARKS):
        k -= 1  # 'it "categorically rejects" the accusations'
    if k < first:
        return False
    pron, low, lemma = doc.tokens[k].text.lower(), t.text.lower(), t.lemma.lower()
    opener = doc.tokens[k]
    if opener.pos == "PROPN" and k == first and lemma not in _noun_cues() and (low in (lemma + "s", lemma + "es") or low == lemma and opener.text.endswith("s")):
        # "China rebuts American criticism": a name opening the sentence, then a verb cue's -s form;
        # "Democrats rebut claim of ...": a plural name, then the bare form
        return True
    return pron in _SUBJECT_PRONOUNS and low == lemma or pron in ("he", "she", "it") and low in (lemma + "s", lemma + "es")


def _noun_with_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """A verb cue the parser tagged a noun yet gave a subject and an adverb ("a claim that the
    office strongly disputes"): a finite verb, read as a headline's verb is, without the parse."""
    if not doc.has_parse or t.pos != "NOUN":
        return False
    deps = {c.dep for c in doc.children(t.i)}
    return "nsubj" in deps and "advmod" in deps


def _verb_as_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """A verb the parser hung as a noun ("Ankara Rejects Claims Its Troops Crossed ...": "Rejects" the
    subject of "Claims"): in a headline it is read without the parse, like one tagged a noun."""
    if not doc.has_parse or t.pos != "VERB":
        return False
    if t.dep in ("nsubj", "compound", "amod"):
        return True
    # "Chief Hits Back at Corruption Claims": the verb hung as a clause under the noun that ends
    # the line, which the parser made the root
    head = doc.tokens[t.head] if t.head is not None else None
    return t.dep == "ccomp" and head is not None and head.head is None and head.pos == "NOUN" and head.i > t.i


_ARTICLES = frozenset({"the", "a", "an", "these", "those", "its", "their", "his", "her", "our"})


def _attributive_participle(doc: AnnotatedDocument, t: Token) -> bool:
    """Without a parse, "the hotly contested reports", "the disputed claims": a participle after
    an article (adverbs between) modifies the noun after it; nothing is denied."""
    if doc.has_parse or not t.text.lower().endswith("ed"):
        return False
    k = t.i - 1
    first = doc.sentences[t.sent].token_start
    while k >= first and doc.tokens[k].pos == "ADV":
        k -= 1
    return k >= first and doc.tokens[k].text.lower() in _ARTICLES


#: Words before a plural noun that a verb's -s form cannot follow ("many disputes", "several counters").
_COUNTING_WORDS = frozenset({"many", "several", "few", "numerous", "various", "some", "all", "these", "those", "other", "such", "two", "three"})


def _counted_plural(doc: AnnotatedDocument, t: Token) -> bool:
    """Without a parse, "closure on many disputes that had divided them": an -s form after a
    counting word is a plural noun the tagger read as a verb; nothing is denied."""
    if doc.has_parse or t.pos != "VERB" or not t.text.lower().endswith("s") or t.i == doc.sentences[t.sent].token_start:
        return False
    return doc.tokens[t.i - 1].text.lower() in _COUNTING_WORDS


def _verb_only_word(doc: AnnotatedDocument, t: Token) -> bool:
    """A cue word English has only as a verb ("rebut", "refute": ``verb-only`` class) tagged a noun
    right after a noun or pronoun, its subject ("Democrats rebut claim of ..." in a sentence-case
    headline): the tagger's noun reading is no reading of the word, so it is the verb."""
    if t.pos != "NOUN" or t.text.lower() not in _words("verb-only"):
        return False
    return t.i > doc.sentences[t.sent].token_start and doc.tokens[t.i - 1].pos in ("NOUN", "PROPN", "PRON")


def _lowercase_name(doc: AnnotatedDocument, t: Token) -> bool:
    """A lower-case word tagged a proper noun right after its subject ("The finance minister jabbed
    back at complaints ...": the small spaCy model's reading of "jabbed"): a name is written with a
    capital, so the word is no name; read like a headline verb the tagger took for a noun (d9, stop 39)."""
    if t.pos != "PROPN" or not t.text.islower() or t.i == doc.sentences[t.sent].token_start:
        return False
    return doc.tokens[t.i - 1].pos in ("NOUN", "PROPN", "PRON")


def _prepositional_verb(doc: AnnotatedDocument, t: Token) -> bool:
    """An ``at-verb`` or ``with-verb`` ("bristle") tagged a noun between its subject and its own
    preposition ("the coach's allies bristle at the suggestion ..."): a noun there would need a
    determiner and could not take "at", so it is the verb (d9, stop 39)."""
    if t.pos != "NOUN" or t.i == doc.sentences[t.sent].token_start or t.i + 1 >= doc.sentences[t.sent].token_end:
        return False
    low = t.text.lower()
    for cls, prep in (("at-verb", "at"), ("with-verb", "with")):
        base = base_form(low, _words(cls))
        if base is not None and low in (base, base + "s") and doc.tokens[t.i + 1].text.lower() == prep:
            return doc.tokens[t.i - 1].pos in ("NOUN", "PROPN", "PRON")
    return False


def _misparsed_finite(doc: AnnotatedDocument, t: Token) -> bool:
    """"The police chief contested reports that ...": a past-tense verb the parser made a modifier
    of the claim noun after it, leaving a sentence with no verb at its root; a noun stands right
    before it (its subject), not a determiner or adverb ("the hotly contested reports")."""
    if not doc.has_parse or t.dep != "amod" or t.head is None or not t.text.lower().endswith("ed"):
        return False
    sent = doc.sentences[t.sent]
    if t.i == sent.token_start or doc.tokens[t.i - 1].pos not in ("NOUN", "PROPN"):
        return False
    if not _is_claim_word(doc.tokens[t.head]):
        return False
    return not any(w.head is None and w.pos in ("VERB", "AUX") for w in doc.tokens[sent.token_start : sent.token_end])


def _headline_verb(doc: AnnotatedDocument, t: Token) -> bool:
    """A present-tense denial verb in a title-case headline that the tagger read as a plural noun."""
    if t.i == doc.sentences[t.sent].token_start or doc.tokens[t.i - 1].pos not in ("NOUN", "PROPN", "PRON"):
        return False  # a verb follows its subject ("Officials Refute ..."), not a determiner
    return _in_title_line(doc, t)


def _court_subject(doc: AnnotatedDocument, t: Token, last: int) -> bool:
    """A court or judge does the dismissing (a ruling), or the object is a legal case."""
    sent = doc.sentences[t.sent]
    before = {doc.tokens[k].lemma.lower() for k in range(max(sent.token_start, t.i - 4), t.i)}
    return bool(before & _words("court"))


#: Claim nouns that are also legal acts a court or prosecutor dismisses ("dismissed the charges").
_LEGAL_CLAIMS = frozenset({"charge", "charges", "claim", "claims", "allegation", "allegations", "accusation", "accusations", "case"})


def _story_object(doc: AnnotatedDocument, t: Token, last: int) -> bool:
    """The dismissed thing is a story told, not a legal act: "the prosecutor dismissed the
    defendant's story as an invention" (a denial), against "dismissed the charges" (a ruling)."""
    end = doc.sentences[t.sent].token_end
    for k in range(last + 1, min(end, last + 6)):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN") and _is_claim_word(w):
            return w.text.lower() not in _LEGAL_CLAIMS and w.lemma.lower() not in _LEGAL_CLAIMS
        if w.pos in ("VERB", "PUNCT", "ADP", "SCONJ"):
            return False
    return False


def _under_refusal(doc: AnnotatedDocument, t: Token) -> bool:
    """"refused to disavow", "declined to deny": a denial that was not made."""
    if under_not_done_noun(doc, t):
        return True  # "his refusal to disavow the group"
    if doc.has_parse and t.head is not None and t.dep == "xcomp":
        return doc.tokens[t.head].lemma.lower() in _NOT_DONE
    return t.i >= 2 and doc.tokens[t.i - 1].text.lower() == "to" and doc.tokens[t.i - 2].lemma.lower() in _NOT_DONE


def _surface_passive_claim(doc: AnnotatedDocument, t: Token) -> tuple[int, int] | None:
    """Without a parse: the subject of the passive denial verb ``t`` when it names a claim -- the
    phrase before its "be" ("The claims | were rejected by the operator"), or a claim noun with its
    own clause opening the sentence ("Claims that the refinery had leaked into the bay | were
    rejected by its operator", whose last noun, "the bay", is no claim); not the "by" phrase."""
    if doc.has_parse or not _surface_passive(doc, t):
        return None
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k > first and (doc.tokens[k].pos in ("ADV", "AUX", "PART") or doc.tokens[k].text.lower() in _BE_FORMS | {"have", "has", "had"}):
        k -= 1
    be_start = k + 1
    if be_start >= t.i:
        return None
    lo = _phrase_start(doc, k)
    if any(_is_claim_word(doc.tokens[j]) for j in range(lo, k + 1)):
        return doc.tokens[lo].start, doc.tokens[k].end
    claim = _claim_before(doc, doc.tokens[be_start].start)
    if claim is None or claim[0] < doc.tokens[first].start or claim[1] > doc.tokens[be_start].start:
        return None
    return claim[0], doc.tokens[k].end  # the claim noun with its clause, up to the passive's "be"


def _denied_span(doc: AnnotatedDocument, t: Token, last: int) -> tuple[int, int] | None:
    """The denied claim: the verb's object or complement clause, else the rest of the clause."""
    passive_claim = _surface_passive_claim(doc, t)
    if passive_claim is not None:
        return passive_claim
    if doc.has_parse and t.pos == "VERB":
        # the cue's own noun is no claim ("took | issue | with the prediction"): the words after the cue then
        args = [a for a in object_tokens(doc, t) or kids(doc, t.i, ("ccomp",)) if not t.i < a.i <= last]
        if args:
            lo, hi = subtree_bounds(doc, args[0].i)
            lo, hi = trimmed_claim(doc, t, lo, _before_denier_aside(doc, lo, _before_spoken_means(doc, lo, _before_own_clause(doc, lo, hi + 1))))
            hi = trimmed_tail(doc, lo, hi)  # "the accusations | and has since sued ...", "| by publishing ...", "| in a radio interview" (d19)
            return doc.tokens[lo].start, doc.tokens[hi - 1].end
    c0 = last + 1
    if c0 >= doc.sentences[t.sent].token_end:
        return None
    if t.pos == "NOUN" and not noun_claim_opens(doc.tokens[c0].text):
        return None  # "the party's denial | in last week's column": no claim follows the noun
    c1 = _before_spoken_means(doc, c0, _surface_claim_end(doc, c0, clause_end(doc, c0)))
    if c1 <= c0:
        return None
    c0, c1 = trimmed_claim(doc, t, *(noun_claim(doc, c0, c1) if t.pos == "NOUN" else (c0, c1)))
    c1 = trimmed_tail(doc, c0, c1)  # "the accusations | and has since sued ...", "| by publishing ...", "| in a radio interview" (d19)
    return doc.tokens[c0].start, doc.tokens[c1 - 1].end


def _before_spoken_means(doc: AnnotatedDocument, lo: int, hi: int) -> int:
    """``hi``, or the "by" before a gerund of speech in ``lo``..``hi`` ("quashed rumours he was writing a
    book | by tweeting that ..."): how the denial was made, no part of the claim (either engine's
    reading; a parser may hang the gerund inside the claim's own clause)."""
    from ..lexicons import speech_verbs

    toks = doc.tokens
    for k in range(lo + 1, hi - 1):
        nxt = toks[k + 1]
        if toks[k].text.lower() == "by" and nxt.text.lower().endswith("ing") and (nxt.lemma.lower() in speech_verbs() or base_form(nxt.text.lower(), speech_verbs()) is not None):
            return k
    return hi


#: Words after a comma that open a clause of the denier's own ("discounted the forecasts, but have noted").
_CLAUSE_COORDINATORS = frozenset({"but", "and", "yet", "while"})


def _before_own_clause(doc: AnnotatedDocument, lo: int, hi: int) -> int:
    """``hi``, or the comma in ``lo``..``hi`` before a coordinator that goes on with a clause of the
    denier's own ("the forecasts, | but have noted ..."); a parser may hang that clause on the claim."""
    toks = doc.tokens
    for k in range(lo + 1, hi - 1):
        if toks[k].text == "," and toks[k + 1].text.lower() in _CLAUSE_COORDINATORS and _own_clause_after(doc, k + 1, hi):
            return k
    return hi


def _own_clause_after(doc: AnnotatedDocument, k: int, hi: int) -> bool:
    """The coordinator at ``k`` goes on with a clause, not with a second part of the claim: "but" or
    "yet" always ("the forecasts, but have noted"), "and" before a verb or a subject pronoun ("the
    report, and said ...", "the report, and the agency has said ..."), not before a second object
    ("disputed the account of the fire, and the costs it gave")."""
    toks = doc.tokens
    if toks[k].text.lower() != "and":
        return True
    nxt = toks[k + 1] if k + 1 < hi else None
    if nxt is None:
        return False
    if nxt.pos in ("VERB", "AUX") or nxt.text.lower() in ("he", "she", "they", "we", "i", "it"):
        return True
    j = k + 1  # a subject phrase and its verb: "..., and the agency has said"
    while j < hi and j - k <= 5 and (toks[j].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or toks[j].text in _POSSESSIVE):
        j += 1
    return j > k + 1 and j < hi and toks[j].pos in ("VERB", "AUX")


def _before_denier_aside(doc: AnnotatedDocument, lo: int, hi: int) -> int:
    """``hi``, or the comma or dash in ``lo``..``hi`` before an aside of the denier's own: a speech participle
    ("rejected the idea that ..., | saying the crowds prove ...") or an absolute "with" phrase ("denied
    it happened, | with its manager calling ..."): the denier's reasons or circumstances, not the claim
    (either engine; a parser may hang them inside the claim's clause; d12, stop 42)."""
    from ..lexicons import speech_verbs

    toks = doc.tokens
    for k in range(lo + 1, hi - 1):
        if toks[k].text not in (",", "—", "–", "--"):
            continue
        nxt = toks[k + 1]
        low = nxt.text.lower()
        if low == "with" or (low.endswith("ing") and (nxt.lemma.lower() in speech_verbs() or base_form(low, speech_verbs()) is not None)):
            return k
    return hi


def _in_comma_relative(doc: AnnotatedDocument, c0: int) -> bool:
    """Token ``c0`` follows a relative clause's opening ", who" / ", which" with no comma between."""
    toks = doc.tokens
    first = doc.sentences[toks[c0].sent].token_start
    for k in range(c0 - 1, first, -1):
        if toks[k].text == ",":
            return False
        if toks[k].text.lower() in ("who", "which") and toks[k - 1].text == ",":
            return True
    return False


#: Prepositions of the means a denial is made by ("rejected the charges through its lawyer").
_MEANS_PREPS = frozenset({"through", "via"})


def _surface_claim_end(doc: AnnotatedDocument, c0: int, c1: int) -> int:
    """Without a parse, where the denied claim that starts at token ``c0`` ends, at most ``c1``: before
    a comma and a coordinator that go on with the denier's own clause, and, after a claim noun's
    phrase, before a means phrase ("the charges | through its lawyer")."""
    toks = doc.tokens
    c1 = _before_denier_aside(doc, c0, _before_own_clause(doc, c0, c1))
    opening = doc.sentences[toks[c0].sent].token_start
    if _in_comma_relative(doc, c0):
        # the denial closes a relative clause set off by commas ("Maher, who has dismissed the story
        # about the emails, asked ..."): the claim ends at the clause's comma (d12, stop 42)
        comma = next((k for k in range(c0, c1) if toks[k].text == ","), None)
        c1 = comma if comma is not None and comma > c0 else c1
    if toks[opening].text.lower() == "with":
        # a claim inside a sentence-opening "With ..." phrase ends at its comma ("With the ministry denying
        # reports of a cover-up, the minister ..."; d11, stop 41)
        comma = next((k for k in range(c0, c1) if toks[k].text == ","), None)
        c1 = comma if comma is not None and comma > c0 else c1
    k = c0
    while k < c1 and (toks[k].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or toks[k].text in _POSSESSIVE):
        k += 1
    if c0 < k < c1 and _is_claim_word(toks[k - 1]) and toks[k].text.lower() in _MEANS_PREPS:
        return k
    return c1


#: Words opening a relative clause, which are no part of its antecedent.
_RELATIVE_OPENERS = frozenset({"which", "that", "who", "whom"})


def _antecedent_claim_span(doc: AnnotatedDocument, t: Token) -> tuple[int, int] | None:
    """The denied claim of a denial verb closing a relative clause on a claim ("allegations that he
    took bribes, which he has denied", "a claim that the office strongly disputes", "a point the
    engineers have rejected"): the antecedent's phrase up to the clause, not the relative pronoun
    or the words after the verb. None when the verb closes no such clause."""
    toks = doc.tokens
    parsed = doc.has_parse and t.pos == "VERB"
    if parsed:
        head = toks[t.head] if t.head is not None else None
        if t.dep not in ("acl:relcl", "acl") or head is None:
            return None
        if not _relative_claim_word(head):
            # the parser hung the clause on the nearest noun ("allegations that he took bribes from a
            # builder, which he has denied"): read the words, as without a parse
            parsed = not any(o.text.lower() in _RELATIVE_OPENERS for o in object_tokens(doc, t))
            if parsed:
                return None
    if parsed:
        objects = object_tokens(doc, t)
        if any(o.text.lower() not in _RELATIVE_OPENERS for o in objects) or kids(doc, t.i, ("ccomp",)):
            return None  # "the claim that the agent rejected the offer": a content clause with its own object
        lo, clause_lo = subtree_bounds(doc, head.i)[0], subtree_bounds(doc, t.i)[0]
        if clause_lo <= head.i:
            return None
    else:
        if not _surface_relative_claim(doc, t, t.lemma.lower() in _words("self-sufficient") or t.text.lower().rstrip("sd") in ("deni", "deny")):
            return None
        first = doc.sentences[t.sent].token_start
        k = t.i - 1
        while k >= first and (toks[k].pos in ("AUX", "ADV", "PART") or _adverb_after_aux(doc, k)):
            k -= 1
        clause_lo = _phrase_start(doc, k, preps=False) if k >= first else t.i
        if clause_lo - 1 >= first and toks[clause_lo - 1].pos == "DET" and toks[clause_lo - 1].text.lower() not in _RELATIVE_OPENERS:
            clause_lo -= 1  # "a point | the engineers have rejected": the subject's determiner
        if clause_lo - 1 >= first and toks[clause_lo - 1].text.lower() in _RELATIVE_OPENERS:
            clause_lo -= 1
        claim = next((j for j in range(clause_lo - 1, max(first - 1, clause_lo - 16), -1) if _relative_claim_word(toks[j])), None)
        if claim is None:
            # the tagger ran the claim noun into the clause's subject ("an accusation Moscow has denied")
            claim = next((j for j in range(clause_lo, t.i) if _relative_claim_word(toks[j])), None)
            if claim is None:
                return None
            clause_lo = claim + 1
        lo = _phrase_start(doc, claim, preps=False)
    hi = clause_lo - 1
    while hi > lo and (toks[hi].pos == "PUNCT" or toks[hi].text.lower() in _RELATIVE_OPENERS):
        hi -= 1
    return toks[lo].start, toks[hi].end


def _denier(doc: AnnotatedDocument, draft: Draft, t: Token, ctx: Context | None) -> str | None:
    """The parse agent (subject, "by" phrase, possessor of a noun), else the subject before the verb
    (or the "by" phrase after a passive one), else the nearest subject before."""
    from .nominals import nominal_kind

    if doc.has_parse:
        if t.pos == "VERB":
            head = agent_token(doc, t)
            if head is None and _has_read_as_is(doc, t):
                head = next(iter(kids(doc, t.i, ("nsubj:pass", "nsubjpass"))), None)  # "He's always denied it": he has
            if head is None and not is_passive(doc, t):
                head = with_phrase_subject(doc, t)  # "With the ministry under fire and denying reports, ..." (d11, stop 41)
            if head is None:
                # a "by" phrase the parser hung elsewhere: 'dismissed as "fake news" by the president'
                np = _surface_np(doc, draft, t, passive_only=True) if is_passive(doc, t) else None
                return _np_denier(doc, draft, *np) if np else None
            if head.pos == "NOUN" and thing_word(head) and not _role_word(head) and nominal_kind(head) is None:
                # a thing is no party: "the ministry's statement denied" is the ministry's, "the charter rejects" no one's
                poss = kids(doc, head.i, ("nmod:poss", "poss"))
                return actor_of(doc, draft, poss[0]) if poss else None
            if head.pos == "PRON" and head.text.lower() in _THIRD_PERSON_SUBJECTS:
                # "He denied the charges": the antecedent as the statement rules find a pronoun
                # speaker's (the nearest fitting actor before), so a denier and a speaker agree
                return (ctx or context_for(doc, draft)).resolve_pronoun(head)
            if head.pos == "PRON" and head.text.lower() == "it":
                # "It denied the report": the events' reading first (a reporter's body: "the union's
                # leader said it had ..."), else the statement rules' nearest body
                return actor_of(doc, draft, head) or (ctx or context_for(doc, draft)).resolve_pronoun(head)
            named = _apposed_name(doc, draft, head)
            if named is not None:
                return named
            if draft.actor_at(head.start, head.end) is None and not any(c.i < head.i for c in doc.children(head.i)):
                named = _surname_of_named(doc, draft, head, head.i)  # "Reyes, 42, denied ...", the surname tagged a noun
                if named is not None:
                    return named
            np = _parsed_np(doc, draft, head)
            return _np_denier(doc, draft, *np) if np else actor_of(doc, draft, head)
        poss = kids(doc, t.i, ("nmod:poss", "poss"))
        if poss:
            np = _parsed_np(doc, draft, poss[0])  # "the council's denial", as a subject would be read
            return _np_denier(doc, draft, *np) if np else actor_of(doc, draft, poss[0])
        if t.dep in ("obj", "dobj") and t.head is not None and doc.tokens[t.head].lemma.lower() in _words("denial-light-verb"):
            return _denier(doc, draft, doc.tokens[t.head], ctx)  # "the Vatican issued a denial"
        return None
    if t.pos == "VERB":
        main = _trailing_participle_main_verb(doc, t) or _by_gerund_main_verb(doc, t)
        np = _surface_np(doc, draft, main if main is not None else t)
        if np is not None and _time_phrase(doc, np) and not (np[0] - 1 >= doc.sentences[t.sent].token_start and doc.tokens[np[0] - 1].pos in ("VERB", "AUX")):
            # "the bank, in a paper published this month, have contested": a date is no denier ("spent months
            # pushing back", a time spent, is read below)
            np = _before_aside(doc, draft, np[0])
        if np is None:
            # the subject of the predicate governing the verb ("The minister tried to rebut", "The senator
            # was quick to deny", "made an attempt to refute") or of the clause an opening participle's
            # phrase stands before ("Denying the charges, the senator said ...")
            gov = _infinitive_governor(doc, t) or _participle_main_verb(doc, t)
            np = _surface_np(doc, draft, gov) if gov is not None else None
            if np is None and gov is not None and ctx is not None:
                src = ctx.subject_of(gov)
                if src is not None and src.actor is not None:
                    return src.actor
        if np is not None and np[1].text.lower() in _words("time-span") and np[0] - 1 >= doc.sentences[t.sent].token_start:
            spent = doc.tokens[np[0] - 1]  # "The ministry spent months pushing back ...": the spender
            if spent.pos in ("VERB", "AUX"):
                return _denier(doc, draft, spent, ctx)
        if np is not None and thing_word(np[1]) and np[0] - 1 >= doc.sentences[t.sent].token_start:
            light = doc.tokens[np[0] - 1]
            if light.lemma.lower() in _words("denial-light-verb") or light.text.lower() in _words("denial-light-verb"):
                return _denier(doc, draft, light, ctx)  # "The ministry issued a statement denying ...": the issuer's
        if np is not None:
            conj = first_conjunct(doc, np[0]) if np[2] is None else None
            first = _np_denier(doc, draft, conj[0], conj[1], None) if conj is not None and (_party_noun(draft, conj[1]) or _party_noun(draft, np[1])) else None
            return first or _np_denier(doc, draft, *np)  # "The developer and his lawyers denied": the developer (d19, stop 48)
        if _surface_passive(doc, t):
            return None  # "his conclusions have been contested by those ...": the subject is what is denied
        if t.i - 2 >= doc.sentences[t.sent].token_start and doc.tokens[t.i - 1].text.lower() == "to" and _no_kind_noun(doc.tokens[t.i - 2]):
            return None  # "could go some way to contesting": the noun before "to" is no subject
        said = _said_before(doc, t)
        if said is not None:
            return _denier(doc, draft, said, ctx)  # "... said no troops had been sent and described the article as ..."
        dated = _dated_aside(doc, draft, t)
        if dated is not None:
            return _np_denier(doc, draft, *dated)  # "Economists at the bank, in a paper published this month, have contested"
        if ctx is not None:
            src = ctx.subject_of(t)
            return src.actor if src else None
        return None
    # a denial noun without a parse: its possessor ("the government's denial") or the subject of
    # the light verb that makes it ("the Vatican issued a denial")
    first = doc.sentences[t.sent].token_start
    if t.i - 2 >= first and doc.tokens[t.i - 1].text in _POSSESSIVE and doc.tokens[t.i - 2].pos in ("NOUN", "PROPN"):
        return _np_denier(doc, draft, _phrase_start(doc, t.i - 2, preps=False), doc.tokens[t.i - 2], None)
    k = t.i - 1
    while k > first and doc.tokens[k].text.islower() and doc.tokens[k].pos in ("ADJ", "NOUN", "VERB") and doc.tokens[k].text.lower() not in _POSSESSIVE_PRONOUNS and t.i - k < 3:
        k -= 1  # "her repeated denials", "his fierce denials" (modifiers a tagger may read as verbs or nouns)
    if k >= first and ctx is not None and doc.tokens[k].text.lower() in _POSSESSIVE_PRONOUNS:
        return ctx.resolve_pronoun(doc.tokens[k])  # the possessor, as the statement rules resolve a pronoun
    for k in range(t.i - 1, max(first - 1, t.i - 4), -1):
        w = doc.tokens[k]
        if w.lemma.lower() in _words("denial-light-verb") or w.text.lower() in _words("denial-light-verb"):
            np = _surface_np(doc, draft, w)
            return _np_denier(doc, draft, *np) if np is not None else None
        if w.pos not in ("DET", "ADJ", "ADV", "PRON") and w.text.lower() not in _MANNER_NOUNS:
            break
    return None


def _gerund_denier(doc: AnnotatedDocument, draft: Draft, t: Token, ctx: Context | None) -> str | None:
    """The denier of a gerund after "for" (:mod:`.denial_gerunds`): the main verb's object when it is
    a party ("gave the mayor poor marks for dismissing"), else the main verb's subject ("won praise
    for rejecting"; in the passive the one it is said of: "was criticised for dismissing")."""
    found = for_gerund_doer(doc, draft, t)
    if found is None:
        return None
    role, doer = found
    if role == "object":
        if doc.has_parse:
            np = _parsed_np(doc, draft, doer)
            return _np_denier(doc, draft, *np) if np else actor_of(doc, draft, doer)
        np = _np_parts(doc, draft, _phrase_start(doc, doer.i, preps=False), doer.i)
        return (_np_denier(doc, draft, *np) if np else None) or draft.actor_at(doer.start, doer.end)
    if doc.has_parse and is_passive(doc, doer):
        subj = next(iter(kids(doc, doer.i, ("nsubj:pass", "nsubjpass"))), None)
        return actor_of(doc, draft, subj) if subj is not None else None
    if not doc.has_parse and doer.i - 1 >= 0 and doc.tokens[doer.i - 1].text.lower() in _BE_FORMS:
        np = _surface_np(doc, draft, doc.tokens[doer.i - 1])  # "The mayor | was criticised for": the one it is said of
        return _np_denier(doc, draft, *np) if np is not None else None
    return _denier(doc, draft, doer, ctx)


def _time_phrase(doc: AnnotatedDocument, np: tuple[int, Token, tuple[int, int] | None]) -> bool:
    """A noun phrase that names a time ("this month", "last week", "Tuesday"): an adverbial the
    surface subject finder may stop at, never a party."""
    head = np[1].text.lower()
    return head in _CALENDAR_WORDS or head.rstrip("s") in _words("time-span") and np[1].text.islower()


def _before_aside(doc: AnnotatedDocument, draft: Draft, k: int) -> tuple[int, Token, tuple[int, int] | None] | None:
    """The noun phrase before the comma that opens the aside holding token ``k`` ("Economists at the
    central bank | , in a paper published this month,"), else None."""
    toks = doc.tokens
    first = doc.sentences[toks[k].sent].token_start
    comma = next((j for j in range(k - 1, first, -1) if toks[j].text == ","), None)
    if comma is None or toks[comma - 1].pos not in ("NOUN", "PROPN"):
        return None
    return _np_parts(doc, draft, _phrase_start(doc, comma - 1), comma - 1)


def _dated_aside(doc: AnnotatedDocument, draft: Draft, t: Token) -> tuple[int, Token, tuple[int, int] | None] | None:
    """The subject before an aside that ends, right before the verb, with a time ("Economists at the
    bank, in a paper published this month, have contested"): the nearest noun before the verb is
    the date, which the subject rules would take for the speaker."""
    toks = doc.tokens
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k >= first and toks[k].pos in ("AUX", "ADV"):
        k -= 1
    if k - 1 < first or toks[k].text != "," or toks[k - 1].pos not in ("NOUN", "PROPN"):
        return None
    date = _np_parts(doc, draft, _phrase_start(doc, k - 1, preps=False), k - 1)
    return _before_aside(doc, draft, k) if date is not None and _time_phrase(doc, date) else None


def _infinitive_governor(doc: AnnotatedDocument, t: Token) -> Token | None:
    """Without a parse: the first word of the predicate that governs "to" + the verb ``t``, whose
    subject is the denier ("The minister | tried to rebut", "The senator | was quick to deny", "The
    general | made an attempt to refute"); None when "to" does not come right before ``t``."""
    toks = doc.tokens
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    if k - 1 < first or toks[k].text.lower() != "to":
        return None
    k -= 1
    if k - 1 >= first and toks[k - 1].text.lower() == "to" and toks[k].text.islower():
        return _infinitive_governor(doc, toks[k])  # "used her speech to try to refute": "try"'s governor
    means = _means_verb_before(doc, k)
    if means is not None:
        return means  # "used his address to rebut": the user of the means
    if toks[k].pos == "ADV" and k - 1 > first and toks[k - 1].pos == "VERB":
        k -= 1  # "moved quickly to quash": the verb before the manner adverb
    if toks[k].pos == "NOUN":
        # "made an attempt to", "made a third attempt to": the verb before the noun's phrase
        j = k - 1
        while j >= first and toks[j].pos in ("DET", "ADJ", "NUM"):
            j -= 1
        if j == k - 1 and j >= first and toks[j].text.lower() in _BE_FORMS:
            k = j  # "was quick to deny": an adjective the tagger read as a noun
        elif j < first or toks[j].pos != "VERB" or j == k - 1:
            return None
        else:
            k = j
    elif toks[k].pos not in ("VERB", "ADJ"):
        return None
    while k - 1 >= first and (toks[k - 1].pos in ("AUX", "ADV") or toks[k - 1].text.lower() in _BE_FORMS):
        k -= 1  # "was quick", "has been forced"
    return toks[k] if k > first else None


def _means_verb_before(doc: AnnotatedDocument, k: int) -> Token | None:
    """A ``means-verb`` ("used", "took") whose object phrase, and a short time or place phrase, ends at
    token ``k`` right before "to": its subject does what the infinitive says ("She used her speech on
    Friday | to try to refute"). Object control verbs ("asked the minister to deny") are not in the class."""
    toks = doc.tokens
    first = doc.sentences[toks[k].sent].token_start
    for j in range(k, max(first - 1, k - 8), -1):
        w = toks[j]
        if w.pos == "VERB" or w.lemma.lower() in _words("means-verb"):
            return w if j < k and (w.lemma.lower() in _words("means-verb") or w.text.lower() in _words("means-verb")) else None
        if w.pos not in ("NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON", "ADP", "PART"):
            return None
    return None


def _participle_main_verb(doc: AnnotatedDocument, t: Token) -> Token | None:
    """Without a parse: the first verb after the comma that closes a participle's phrase opening
    the sentence ("Denying the charges, | the senator said ..."), whose subject is the denier."""
    toks = doc.tokens
    sent = doc.sentences[t.sent]
    if not t.text.lower().endswith("ing") or any(toks[k].pos not in ("ADV", "CCONJ") for k in range(sent.token_start, t.i)):
        return None
    comma = next((k for k in range(t.i + 1, min(sent.token_end, t.i + 15)) if toks[k].text == ","), None)
    if comma is None:
        return None
    return next((toks[k] for k in range(comma + 2, min(sent.token_end, comma + 8)) if toks[k].pos in ("VERB", "AUX")), None)


def _trailing_participle_main_verb(doc: AnnotatedDocument, t: Token) -> Token | None:
    """Without a parse: the main clause's first verb with a subject before it, when ``t`` opens a
    participle's phrase after a comma that runs to the sentence's end ("The charity hit back at a
    lawsuit brought by two donors, | calling it meritless"): its doer is that clause's subject, not
    the noun before the comma (a phrase set off inside the sentence, "the protesters, denying the
    charges, marched on", is that noun's)."""
    toks = doc.tokens
    sent = doc.sentences[t.sent]
    if not t.text.lower().endswith("ing") or t.i - 1 <= sent.token_start or toks[t.i - 1].text != ",":
        return None
    if any(toks[k].text in (",", ";", "--", "—") for k in range(t.i + 1, sent.token_end)):
        return None
    return next((toks[k] for k in range(sent.token_start + 1, t.i - 1) if toks[k].pos == "VERB" and toks[k - 1].pos in ("NOUN", "PROPN", "PRON", "ADV", "AUX")), None)


def _by_gerund_main_verb(doc: AnnotatedDocument, t: Token) -> Token | None:
    """Without a parse: the verb a "by <-ing>" phrase is the means of, when ``t`` is that "-ing"
    verb ("The senator angered voters by denying that ...", "had invited the inquiry by publicly
    denying ..."): its subject denies, not the noun before "by" (d11, stop 41).  The nearest verb
    before "by" in the sentence, which has a noun, pronoun or auxiliary right before it."""
    toks = doc.tokens
    sent = doc.sentences[t.sent]
    if not t.text.lower().endswith("ing"):
        return None
    k = t.i - 1
    while k > sent.token_start and toks[k].pos == "ADV":
        k -= 1
    if k <= sent.token_start or toks[k].text.lower() != "by":
        return None
    return next((toks[j] for j in range(k - 1, sent.token_start, -1) if toks[j].pos == "VERB" and toks[j - 1].pos in ("NOUN", "PROPN", "PRON", "AUX", "ADV")), None)


#: Possessive pronouns of the third person before a denial noun ("despite her repeated denials").
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})

#: Subject pronouns of the third person, which stand for an actor named before ("He denied ...").
_THIRD_PERSON_SUBJECTS = frozenset({"he", "she", "they"})

def _no_kind_noun(w: Token) -> bool:
    """A lower-case common noun that names no kind of party ("way", "effort"): not a person, group
    or body noun of the lexicons, nor a role word."""
    from .nominals import nominal_kind

    return w.pos == "NOUN" and w.text.islower() and nominal_kind(w) is None and not _role_word(w)


def _noun_before_to(doc: AnnotatedDocument, head: Token) -> bool:
    """A noun of no known kind right before "to" and a verb form ("some way | to contesting"):
    an infinitive's or a gerund's phrase, whose noun is no subject."""
    nxt = doc.tokens[head.i + 1] if head.i + 1 < len(doc.tokens) else None
    return nxt is not None and nxt.text.lower() == "to"


def _surface_passive(doc: AnnotatedDocument, t: Token) -> bool:
    """Without a parse: a past participle right after a form of "be" (adverbs between): a passive,
    whose subject is the thing denied, not its denier."""
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k >= first and doc.tokens[k].pos == "ADV":
        k -= 1
    return t.text.lower().endswith("ed") and k >= first and doc.tokens[k].text.lower() in _BE_FORMS


#: Verbs of saying whose subject a coordinated verb or a reported verdict shares.
_SAID = frozenset({"said", "says", "say", "told", "tells", "added", "insisted", "stated", "declared"})


def _said_before(doc: AnnotatedDocument, t: Token) -> Token | None:
    """Without a parse: the verb whose subject the verb ``t`` shares, as the second verb after "and":
    the nearest verb of saying before it in its sentence ("the ministry said ... and described the
    article as inaccurate"), else the sentence's first verb ("He denounced the U.N. and rejected
    rumours ...")."""
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k >= first and doc.tokens[k].pos == "ADV":
        k -= 1
    if k < first or doc.tokens[k].text.lower() != "and":
        return None
    said = next((doc.tokens[j] for j in range(k - 1, first - 1, -1) if doc.tokens[j].text.lower() in _SAID), None)
    if said is not None:
        return said
    # else the sentence's first verb, when it comes right after its subject ("He denounced the U.N. and rejected ...")
    verb = next((doc.tokens[j] for j in range(first, k) if doc.tokens[j].pos == "VERB"), None)
    if verb is None or verb.i == first or doc.tokens[verb.i - 1].pos not in ("PRON", "NOUN", "PROPN", "ADV", "AUX"):
        return None
    return verb


def _reporting_verb(doc: AnnotatedDocument, start: int) -> Token | None:
    """The verb of saying right before a reported verdict's subject at character ``start`` ("a
    spokesman ... said | reports that ... were 'pure fabrications'"), "that" between allowed."""
    t = doc.token_at(start)
    if t is None:
        return None
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    if k >= first and doc.tokens[k].text.lower() == "that":
        k -= 1
        # prepositional phrases between the verb and "that": "said | in a written statement in March | that ..." (d9, stop 39)
        j = k
        while j > first and k - j < 8 and doc.tokens[j].pos in _PHRASE_POS and doc.tokens[j].text.lower() not in _SAID:
            j -= 1
        if j < k and doc.tokens[j].text.lower() in _SAID and doc.tokens[j + 1].pos == "ADP":
            k = j
    return doc.tokens[k] if k >= first and doc.tokens[k].text.lower() in _SAID else None


#: Word classes of the prepositional phrases a reporting verb and its "that" may hold between them
#: (a month the rules tagger may read as an auxiliary: "in May").
_PHRASE_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "AUX"})


#: Words opening a clause that sets it against what came before ("..., but that was not the case").
_CONTRAST_OPENERS = frozenset({"but", "yet", "however"})


def _narrators_verdict(doc: AnnotatedDocument, subj_start: int, statement) -> bool:  # type: ignore[no-untyped-def]
    """A demonstrative's verdict ("that is not the case", "this was false") that the writer, not a
    party, says: in no one's statement and with no verb of saying right before it ("Some voters
    believe the tax will fall on the poor. That is not the case"), or opening a "but" clause after
    a reported claim the statement rules read as one ("The station reported that the mayor had
    resigned, but that was not the case"). In a quotation it is the speaker's ("That is not the
    case," the minister said), and "the embassy said that was false" has a party saying it."""
    t = doc.token_at(subj_start)
    if t is None or t.text.lower() not in _DEMONSTRATIVES:
        return False
    if statement is None:
        return _reporting_verb(doc, subj_start) is None
    if getattr(statement, "kind", None) == "direct":
        return False
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    return k >= first and doc.tokens[k].text.lower() in _CONTRAST_OPENERS


def _apposed_name(doc: AnnotatedDocument, draft: Draft, head: Token) -> str | None:
    """"Okafor, a former finance minister, denied ...": a name no actor was read for, with a
    person's or body's role in apposition, is the denier (the role says what kind it is), not
    the role alone."""
    from .nominals import nominal_kind

    if head.pos != "PROPN" or draft.actor_at(head.start, head.end) is not None:
        return None
    role = next((c for c in doc.children(head.i) if c.dep == "appos" and c.i > head.i), None)
    if role is None:
        return None
    kind = nominal_kind(role) or ("person" if _role_word(role) else None)
    if kind is None:
        return None
    lo = head.i
    while lo - 1 >= doc.sentences[head.sent].token_start and doc.tokens[lo - 1].pos == "PROPN" and doc.tokens[lo - 1].head == head.i:
        lo -= 1  # "Chidi Okafor": the name's first part
    actor_id = draft.actor_id_named(doc.text[doc.tokens[lo].start : head.end], kind)
    draft.add_mention(actor_id, doc.tokens[lo].start, head.end)
    return actor_id


def _someones_noun(doc: AnnotatedDocument, t: Token) -> bool:
    """A denial noun the rules tagger read as an adjective ("a denial"), taken as a cue only when it
    is someone's act: "the council's denial", "issued a denial" (not "the denial stage of grief")."""
    first = doc.sentences[t.sent].token_start
    if t.i - 1 >= first and doc.tokens[t.i - 1].text in _POSSESSIVE:
        return True
    for k in range(t.i - 1, max(first - 1, t.i - 4), -1):
        w = doc.tokens[k]
        if w.lemma.lower() in _words("denial-light-verb") or w.text.lower() in _words("denial-light-verb"):
            return True
        if w.pos not in ("DET", "ADJ", "ADV", "PRON"):
            return False
    return False


# ---- deniers -----------------------------------------------------------------------------------
# A denier is often a person or body named through another: "a spokesman for Siemens", "an
# official at the defence ministry", "Pakistan's army chief", "the prime minister's office",
# "officials in Ankara".  The denier is the head noun (the spokesman, the chief, the office),
# affiliated with the organisation, country or person in its modifiers, and named by the whole
# phrase ("spokesman for Siemens") -- not the organisation alone, nor a place or a modifier
# ("ruling" in "a spokesman for the ruling party").

#: Prepositions that tie a denier to what it speaks or works for ("a spokesman for Siemens").
_AFFILIATION_PREPS = frozenset({"for", "of", "at", "from"})
#: ... and two that do so only before an actor ("officials in Ankara", "a source with the ministry").
_ACTOR_PREPS = frozenset({"in", "with"})
_POSSESSIVE = frozenset({"'s", "’s"})
_BE_FORMS = frozenset({"was", "were", "been", "is", "are", "be", "being"})


def _party_noun(draft: Draft, head: Token) -> bool:
    """``head`` names a party: an actor the draft holds, a role noun, or a noun of a known kind (a
    first conjunct is taken for a party also when the second is one: "the developer and his lawyers")."""
    from .nominals import nominal_kind

    return draft.actor_at(head.start, head.end) is not None or _role_word(head) or nominal_kind(head) is not None


def _np_denier(doc: AnnotatedDocument, draft: Draft, lo: int, head: Token, pp: tuple[int, int] | None) -> str | None:
    """The actor the noun phrase ``lo``..``head`` (+ prepositional phrase ``pp``) names as a denier."""
    from .nominals import nominal_actor, nominal_kind

    known = draft.actor_at(head.start, head.end) or _surname_of_named(doc, draft, head, lo)
    if known is not None and (pp is None or head.pos == "PROPN") and not _overruled_anaphor(doc, draft, head):
        return known  # a name, or a phrase the actor extractor read ("the interior ministry")
    low = head.text.lower()
    kind = nominal_kind(head) or ("person" if _role_word(head) else None) or ("group" if low.endswith("s") and low != head.lemma.lower() else "organization")
    before = draft.mentions_between(doc.tokens[lo].start, head.start)
    owner = before[-1][2] if before else None  # "Pakistan's army chief", "Pentagon spokesman"
    if pp is not None:
        inside = draft.mentions_between(doc.tokens[pp[0]].start, doc.tokens[pp[1]].end)
        owner = owner or (inside[0][2] if inside else None)
    if known is None and nominal_kind(head) is None and not _role_word(head) and thing_word(head):
        return owner  # a thing is no party: "the ministry's statement" is the ministry's, "the statement of principles" no one's
    possessed = any(doc.tokens[k].text in _POSSESSIVE for k in range(lo, head.i))
    if owner is None and pp is None and not possessed:
        if _no_kind_noun(head) and _noun_before_to(doc, head):
            return None  # "A new study could go some way to contesting ...": "way" is no party
        return nominal_actor(draft, head, doc.tokens[lo].start, fallback=kind)  # "the central bank"
    first = lo + (doc.tokens[lo].pos == "DET")
    last = pp[1] if pp is not None else head.i
    name = doc.text[doc.tokens[first].start : doc.tokens[last].end]
    if name[:1].isupper() and doc.tokens[first].pos not in ("PROPN",) and nominal_kind(doc.tokens[first]) is not None:
        name = name[0].lower() + name[1:]  # "Officials in Ankara" -> "officials in Ankara"
    actor_id = draft.actor_id_named(name, kind, **({"affiliation": owner} if owner else {}))
    draft.add_mention(actor_id, doc.tokens[lo].start, head.end)
    return actor_id


def _parsed_np(doc: AnnotatedDocument, draft: Draft, head: Token) -> tuple[int, Token, tuple[int, int] | None] | None:
    """The denier phrase headed by ``head`` as (first token, head, prepositional phrase), or None
    when the head is a name, a pronoun or an actor already (:func:`actor_of` reads those)."""
    if head.pos != "NOUN" or draft.actor_at(head.start, head.end) is not None and not _overruled_anaphor(doc, draft, head):
        return None
    if any(c.dep == "appos" for c in doc.children(head.i)):
        return None  # "the mayor's chief of staff, Maria Lopez": the name (actor_of)
    lo = head.i
    for c in doc.children(head.i):
        if c.i < head.i and c.dep in ("det", "amod", "compound", "nmod:poss", "poss", "nummod", "flat"):
            lo = min(lo, subtree_bounds(doc, c.i)[0])
    pp = None
    for c in doc.children(head.i):
        if c.i > head.i and c.dep == "nmod":
            case = next((k.text.lower() for k in doc.children(c.i) if k.dep == "case"), "")
            if case in _AFFILIATION_PREPS or case in _ACTOR_PREPS and draft.actor_at(c.start, c.end) is not None:
                pp = (c.i - 1 if doc.tokens[c.i - 1].dep == "case" else c.i, subtree_bounds(doc, c.i)[1])
                pp = (min(pp[0], subtree_bounds(doc, c.i)[0]), pp[1])
                break
    return max(lo, doc.sentences[head.sent].token_start), head, pp


def _role_word(t: Token) -> bool:
    """A word naming a person by role ("official", "spokesman"), whatever the tagger made of it."""
    from ..lexicons import person_nouns, titles

    low = t.text.lower()
    return low in person_nouns() or titles().get((low,)) == "role"


def _phrase_start(doc: AnnotatedDocument, k: int, *, preps: bool = True) -> int:
    """Without a parse: the first token of the noun phrase ending at token ``k``, across
    possessives and (with ``preps``) affiliation phrases ("Pakistan's army chief", "A spokesman
    for the ruling party")."""
    toks = doc.tokens
    first = doc.sentences[toks[k].sent].token_start
    lo = k
    while lo - 1 >= first:
        w = toks[lo - 1]
        if w.pos in ("NOUN", "PROPN", "ADJ", "NUM") or w.text in _POSSESSIVE:
            lo -= 1
        elif w.pos == "DET" and not (lo - 2 >= first and toks[lo - 2].pos in ("NOUN", "PROPN")):
            lo -= 1  # a determiner after a noun opens a new phrase ("On Monday | the ministry")
        elif preps and w.pos == "ADP" and w.text.lower() in _AFFILIATION_PREPS | _ACTOR_PREPS and lo - 2 >= first and toks[lo - 2].pos in ("NOUN", "PROPN"):
            lo -= 1
        elif preps and w.text.lower() == "to" and lo - 3 >= first and toks[lo - 2].text.lower() == "close" and toks[lo - 3].pos == "NOUN":
            lo -= 2  # "a source close to the prince"
        else:
            break
    return lo


def _speaker_denier(doc: AnnotatedDocument, draft: Draft, st) -> str | None:  # type: ignore[no-untyped-def]
    """The denier of a denial inside a statement: the one its source names ("a spokesman for the
    ministry" is the spokesman, as for a denial verb's subject), else the statement's speaker."""
    if st.source is None:
        return st.speaker
    first, last = doc.token_at(st.source.start), doc.token_at(st.source.end - 1)
    if first is None or last is None:
        return st.speaker
    toks = doc.tokens
    if doc.has_parse:
        tops = [t for t in toks[first.i : last.i + 1] if t.head is None or not first.i <= t.head <= last.i]
        np = _parsed_np(doc, draft, tops[0]) if len(tops) == 1 else None
        return _np_denier(doc, draft, *np) if np else st.speaker
    # without a parse the source may be only the organisation or the possessor in the phrase
    sent_start = doc.sentences[first.sent].token_start
    sent_end = doc.sentences[first.sent].token_end
    j = _phrase_start(doc, first.i, preps=False) - 1  # "an official at | the defence ministry"
    if j - 1 >= sent_start and toks[j].text.lower() in _AFFILIATION_PREPS and (toks[j - 1].pos == "NOUN" or _role_word(toks[j - 1])):
        return _np_denier(doc, draft, _phrase_start(doc, j - 1, preps=False), toks[j - 1], (j, last.i))  # "a spokesman for | the ministry"
    if last.i + 2 < sent_end and toks[last.i + 1].text in _POSSESSIVE and toks[last.i + 2].pos in ("NOUN", "ADJ"):
        k = last.i + 2
        while k + 1 < sent_end and (toks[k + 1].pos == "NOUN" or _role_word(toks[k + 1])):
            k += 1  # "the mayor | 's chief of staff", "the airline | 's chief executive"
        lo = _phrase_start(doc, first.i, preps=False)
        if lo - 2 >= sent_start and toks[lo - 1].text == "," and toks[lo - 2].pos == "PROPN":
            named = draft.actor_at(toks[lo - 2].start, toks[lo - 2].end)
            if named is not None:
                return named  # "Maria Lopez, the mayor's chief of staff": the name
        return _np_denier(doc, draft, lo, toks[k], None)
    if first.i == last.i and last.text.lower() in ("his", "her", "their", "its") and last.i + 1 < sent_end and _role_word(toks[last.i + 1]):
        # "his spokesman said": the source read as the possessor only; the spokesman speaks, as for
        # "the mayor's spokesman" above (d13, stop 43)
        return _np_denier(doc, draft, last.i, toks[last.i + 1], None)
    if _overruled_anaphor(doc, draft, last):
        return _np_denier(doc, draft, _phrase_start(doc, last.i, preps=False), last, None)  # "The Clinton campaign said ..."
    if st.speaker is None and thing_word(last):
        # "The city released a statement on Friday saying ...": the one who issued the statement (d11, stop 41)
        k = _phrase_start(doc, first.i, preps=False) - 1
        if k >= sent_start and (toks[k].lemma.lower() in _words("denial-light-verb") or toks[k].text.lower() in _words("denial-light-verb")):
            return _denier(doc, draft, toks[k], None)
    return st.speaker


def _surname_of_named(doc: AnnotatedDocument, draft: Draft, head: Token, lo: int) -> str | None:
    """"Reyes, 42, denied wrongdoing" after "Tom Reyes" was named: a capitalised word alone as the
    phrase, which the tagger read as a common noun opening the sentence, that is the last word of
    one person already named is that person (a mention is added)."""
    if lo != head.i or not head.text[:1].isupper() or not head.text.isalpha() or head.pos not in ("NOUN", "PROPN"):
        return None
    found = {a.id for a in draft.actors if a.kind == "person" and len(a.name.split()) > 1 and a.name.split()[-1] == head.text}
    if len(found) != 1:
        return None
    actor_id = found.pop()
    draft.add_mention(actor_id, head.start, head.end)
    return actor_id


def _overruled_anaphor(doc: AnnotatedDocument, draft: Draft, head: Token) -> bool:
    """"The Clinton campaign": a common noun whose actor was found as an anaphor (the actor's name
    lacks the noun: "campaign" as a mention of a commission named in the sentence before) while a
    name right before it, another actor, says whose it is; the phrase is read as written."""
    known = draft.actor_at(head.start, head.end)
    if known is None or head.pos != "NOUN" or head.i == doc.sentences[head.sent].token_start:
        return False
    fields = draft.actor_fields(known)
    if fields is None or head.text.lower() in fields.name.lower():
        return False
    prev = doc.tokens[head.i - 1]
    other = draft.actor_at(prev.start, prev.end) if prev.pos == "PROPN" else None
    return other is not None and other != known


#: First words of an apposition after a name ("Rivera, now a paid commentator,", "Okafor, a former minister,").
_APPOSITION_OPENERS = frozenset({"a", "an", "the", "now", "then", "his", "her", "its", "their", "once", "formerly"})


def _surface_np(doc: AnnotatedDocument, draft: Draft, verb: Token, *, passive_only: bool = False) -> tuple[int, Token, tuple[int, int] | None] | None:
    """Without a parse: the noun phrase right before the verb, or the "by" phrase after a passive
    one ("were denied by the interior ministry"), split at its first preposition ("A spokesman |
    for the ruling party"); None when there is none or a comma comes first (an aside: the
    caller's subject rules read those). ``passive_only``: the "by" phrase or nothing."""
    sent = doc.sentences[verb.sent]
    toks = doc.tokens
    k = verb.i - 1
    while k >= sent.token_start and toks[k].pos == "ADV":
        k -= 1
    if k >= sent.token_start and toks[k].text.lower() in _BE_FORMS:
        # a passive: its agent is the "by" phrase ("were dismissed as 'fake news' by the president")
        end = clause_end(doc, verb.i + 1) if verb.i + 1 < sent.token_end else verb.i + 1
        by = next((j for j in range(verb.i + 1, min(end, verb.i + 9)) if toks[j].text.lower() == "by"), None)
        if by is None:
            return None
        hi = by + 1
        while hi < sent.token_end and (toks[hi].pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or toks[hi].text in _POSSESSIVE or hi == by + 1 and toks[hi].text.lower() in _POSSESSIVE_DETERMINERS):
            hi += 1  # ("by its operator": a possessive determiner the tagger may call a pronoun)
        lo, k = by + 1, hi - 1
    elif passive_only:
        return None
    else:
        while k >= sent.token_start and (toks[k].pos in ("AUX", "ADV", "PART") and toks[k].text not in _POSSESSIVE or _adverb_after_aux(doc, k) or _time_adverb(doc, k, verb)):
            k -= 1
        aside = before_prepositional_aside(doc, k) if k > sent.token_start and toks[k].text == "," else None
        if aside is not None:
            k = aside  # "The coach | , for his part , | has denied" (d14, stop 44)
        elif k >= sent.token_start and toks[k].text == ",":
            # "The spokesman for the United Nations, Stephane Dujarric, denied": the apposed name
            j = k - 1
            while j > sent.token_start and toks[j].pos == "PROPN" and k - j < 5:
                j -= 1
            if j < k - 1 and toks[j].text == "," and draft.actor_at(toks[k - 1].start, toks[k - 1].end) is not None:
                return j + 1, toks[k - 1], None
            # "Rivera, now a paid television commentator, has denied": the name before the apposition
            c = next((i for i in range(k - 1, max(sent.token_start, k - 10), -1) if toks[i].text == ","), None)
            if c is not None and c - 1 >= sent.token_start and toks[c - 1].pos == "PROPN" and toks[c + 1].text.lower() in _APPOSITION_OPENERS:
                if draft.actor_at(toks[c - 1].start, toks[c - 1].end) is not None:
                    return _phrase_start(doc, c - 1, preps=False), toks[c - 1], None
            before = noun_before_relative_clause(doc, k)
            if before is None:
                return None  # "A senior official, speaking on condition of anonymity, denied": an aside
            k = before  # "The army, which has been accused by rights groups of ..., denied": the army
        possessed = k - 1 >= sent.token_start and toks[k - 1].text in _POSSESSIVE and toks[k].text.isalpha()
        if k < sent.token_start or toks[k].pos not in ("NOUN", "PROPN", "ADJ", "NUM") and not possessed:
            return None  # (a word after "'s" is a noun whatever its tag: "Ortiz's team denied"; d11, stop 41)
        lo = _phrase_start(doc, k)
        for _ in range(2):
            # a phrase after a preposition is an adjunct, not the subject: "The Pentagon | on Tuesday | denied"
            if lo - 2 >= sent.token_start and toks[lo - 1].pos == "ADP" and toks[lo - 2].pos in ("NOUN", "PROPN"):
                k = lo - 2
                lo = _phrase_start(doc, k)
            elif lo - 3 >= sent.token_start and toks[lo - 1].text.lower() == "by" and _reduced_participle(toks[lo - 2]) and toks[lo - 3].pos in ("NOUN", "PROPN"):
                k = lo - 3  # a participle's "by" phrase is no subject: "the nurses | affected by the new rota | took issue"
                lo = _phrase_start(doc, k)
    return _np_parts(doc, draft, lo, k)


_POSSESSIVE_DETERMINERS = frozenset({"its", "their", "his", "her", "our"})


def _reduced_participle(t: Token) -> bool:
    """A past participle right after its noun ("the nurses affected by ..."), as a tagger without a
    parse writes it: a verb in "-ed" or "-en"."""
    return t.pos == "VERB" and t.text.lower().endswith(("ed", "en"))


def _np_parts(doc: AnnotatedDocument, draft: Draft, lo: int, k: int) -> tuple[int, Token, tuple[int, int] | None] | None:
    """The noun phrase ``lo``..``k`` as (start, head, prepositional phrase), split at its first
    preposition ("A spokesman | for the ruling party"); None when it has no head noun."""
    toks = doc.tokens
    if k < lo:
        return None
    split = next((j for j in range(lo, k + 1) if toks[j].pos == "ADP" or toks[j].text.lower() == "close" and j + 1 <= k and toks[j + 1].text.lower() == "to"), None)
    pp = (split, k) if split is not None else None
    if split is not None and toks[split].text.lower() in _ACTOR_PREPS and not draft.mentions_between(toks[split].start, toks[k].end):
        return None  # "the minister in a statement": no affiliation
    stop = split if split is not None else k + 1
    heads = [j for j in range(lo, stop) if toks[j].pos in ("NOUN", "PROPN") or j == stop - 1 and (_role_word(toks[j]) or j > lo and toks[j - 1].text in _POSSESSIVE)]
    if not heads:
        return None
    return lo, toks[heads[-1]], pp


def _adverb_after_aux(doc: AnnotatedDocument, k: int) -> bool:
    """A lower-case word the tagger read as a noun, adjective or preposition between an auxiliary and
    the verb ("analysts have | long | discounted", "auditors have | since | disputed"): an adverb,
    since a subject stands before the auxiliary."""
    w = doc.tokens[k]
    first = doc.sentences[w.sent].token_start
    return w.pos in ("NOUN", "ADJ", "ADP", "SCONJ") and w.text.islower() and k - 1 >= first and doc.tokens[k - 1].pos == "AUX"


#: Words opening a condition or an open question, whose clause says nothing is false ("if it wasn't true").
_CONDITION_OPENERS = frozenset({"if", "unless", "whether"})


def _conditional_subject(doc: AnnotatedDocument, subj_start: int) -> bool:
    """The verdict's subject opens a condition or an embedded question ("... if it wasn't true",
    "whether the report is false"): supposed or asked, no party calling a claim false."""
    t = doc.token_at(subj_start)
    return t is not None and t.i - 1 >= doc.sentences[t.sent].token_start and doc.tokens[t.i - 1].text.lower() in _CONDITION_OPENERS


def _time_adverb(doc: AnnotatedDocument, k: int, verb: Token) -> bool:
    """A ``time-adverb`` ("earlier", "later") the tagger read as a noun between a subject and the verb
    ("Okafor | earlier | brushed off the reports"): no part of the subject."""
    w = doc.tokens[k]
    return w.pos in ("NOUN", "ADJ") and w.text.islower() and w.text in _words("time-adverb") and all(
        doc.tokens[j].pos in ("ADV", "AUX") for j in range(k + 1, verb.i)
    )


def extract_denials(doc: AnnotatedDocument, draft: Draft) -> None:
    text = doc.text
    seen: set[tuple[int, int]] = set()
    ctx = None if doc.has_parse else context_for(doc, draft)  # the surface subject rules need it

    seen_spans = SpanIndex()
    # every content span, in statement order, to find the statement holding a cue: the innermost,
    # so that in "According to X, Y said ..." Y's statement holds Y's words (issue 14, a11)
    holders = [st for st in draft.statements for _ in st.content]
    contents = SpanIndex((c.start, c.end) for st in draft.statements for c in st.content)

    def carrying_statement(start: int, end: int):  # type: ignore[no-untyped-def]
        first = contents.innermost_containing(start, end)
        return holders[first] if first is not None else None

    def add(cue: tuple[int, int], denier: str | None, denied: tuple[int, int] | None, conf: float) -> None:
        if cue in seen or seen_spans.contains(cue[0], cue[0] + 1):  # a cue starting inside an earlier one
            return
        seen.add(cue)
        seen_spans.add(*cue)
        st = carrying_statement(*cue)
        if denier is None and st is not None:
            denier = _speaker_denier(doc, draft, st)
        draft.add_denial(
            denier=denier,
            statement=st.id if st is not None else None,
            cue=draft.span(*cue),
            denied=draft.span(*denied) if denied else None,
            confidence=conf,
        )

    # 0. an aside naming who claims a clause and who denies it, read before the verbs (a parser may give
    # the object-less verb the main clause after the aside as its object): "If the army is moving tanks -- as the
    # opposition alleges but the ministry denies -- ..." (:mod:`.denial_as_alleged`)
    if " as " in text and ("den" in text or "disput" in text or "reject" in text):
        for sent in doc.sentences:
            lo, hi = doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end
            for cue, (d0, d1), claim in as_alleged_denials(text, lo, hi):
                named = draft.mentions_between(d0, d1)
                denier = named[-1][2] if named else None
                if denier is None:
                    last = doc.token_at(d1 - 1)
                    denier = draft.actor_at(last.start, last.end) if last is not None else None
                add(cue, denier, claim, 0.7)

    # 1. verbs and nouns: "the Kremlin countered criticism that ...", "brushed off the report"
    first_words = _cue_first_words()
    lowered = doc.lowered_texts()
    # the tokens whose word or lemma starts a cue, picked in one pass (what _phrasal would find first)
    starts = cue_start_tokens(doc, lowered, first_words)
    for t in starts:
        t = _with_cue_lemma(t, lowered[t.i], first_words)
        if _lowercase_name(doc, t):
            t = replace(t, pos="NOUN")  # "the minister jabbed back": read as a verb the tagger took for a noun, below
        if t.pos not in ("VERB", "NOUN") and not (t.pos == "ADJ" and lowered[t.i] in _noun_cues() and _someones_noun(doc, t)):
            continue
        rng = _phrasal(doc, t)
        if rng is None:
            continue
        # a title-case headline verb the parser took for a noun ("Ministry Rejects Claims ...")
        headline_verb = (t.pos == "NOUN" or _verb_as_subject(doc, t)) and (
            _headline_verb(doc, t) or _after_subject_pronoun(doc, t) or _misparsed_finite(doc, t) or _noun_with_subject(doc, t) or _verb_only_word(doc, t)
            or _prepositional_verb(doc, t) or _lowercase_name(doc, doc.tokens[t.i])
        )
        as_verb = t.pos == "VERB" or headline_verb
        if not as_verb and t.lemma.lower() not in _noun_cues():
            continue  # a verb cue used as a noun: "contests", "counters"
        if _excluded(text, t.start) and not passive_claim_verdict(doc, t, _is_claim_word) or is_negated(doc, t) or negator_before_aside(doc, t) or _under_refusal(doc, t) or _attributive_participle(doc, t) or _counted_plural(doc, t):
            continue
        if not as_verb and _modifies_noun(doc, t):
            continue  # "the denial phase", "a denial strategy": a kind of thing, no denial made
        if not as_verb and _answers_no_claim(doc, t):
            continue  # "a rebuttal to his rival's rallying cry": no claim answered
        if not as_verb and _of_refusal(doc, t):
            continue  # "the board's denial of access", "the denial of a licence": a refusal
        if not as_verb and distanced_words(doc, draft, t, _is_claim_word):
            continue  # "the widespread repudiation of the senator's remarks": breaking with someone's words
        if not as_verb and _denialism(doc, draft, t):
            continue  # "climate denial", "self-denial": a stance or habit, no claim denied by someone
        if not as_verb and denies_unfaced_fact(doc, t):
            continue  # "a stubborn denial of who the real culprit is": refusing to face facts, no claim (d12, stop 42)

        # "denied to reporters that ...": an addressee, then the claim (d17, stop 47), no refusal
        told = addressee_claim_start(doc, t) if as_verb and not headline_verb else None
        # "<X> said <claim> -- something <Y> denied": the apposed clause is the claim (d17, stop 47)
        apposed = apposed_claim(doc, t) if as_verb else None
        # "... said the mayor took money. ... The mayor rejected that.": a bare pointer to a claim reported before (d17, stop 47)
        after = rng[1] + 1 if rng[1] > t.i else t.i + 1
        pointed = (
            reported_claim_back(doc, t.start)
            if as_verb and after < len(lowered) and back_pointer_verb(t) and bare_pointer_after(doc, after, _words("medium"))
            else None
        )
        if as_verb and told is None and apposed is None and _is_refusal(doc, t, surface=headline_verb):
            continue
        if as_verb and (asked_for(doc, t, rng[1], _is_claim_word) or proposal_just_made(doc, t, rng[1]) or urged_course(doc, t, rng[1])):
            continue  # "denied the delay requested by the defence", "proposed a debate ... rejected the idea", "the notion that it should be forgotten"
        if as_verb and told is None and apposed is None and not _takes_claim(doc, t, rng[1], surface=headline_verb):
            continue  # "dismissed the chief executive", "countered with a cheaper phone"
        if as_verb and (pointed is None and no_claim_object(doc, draft, t, rng[1], _is_claim_word) or proof_subject(doc, draft, t) or thing_subject(doc, draft, t)):
            continue  # "disavowed the group", "downplay the general's comments", "the findings contradicted ..."
        if as_verb and (counter_argument(doc, t, rng[1], _is_claim_word) or generic_gerund(doc, t) or only_possible(doc, t) or doctrine_subject(doc, t) or thing_participle(doc, draft, t, thing_word)):
            continue  # "Critics counter that ...", "ignoring or denying the gains carries risks", "felt free to contradict", "This charter denies ..."
        if as_verb and (reflexive_object(doc, t) or generic_passive(doc, t)):
            continue  # "denied herself a holiday", "a poll is dismissed as fake whenever ...": no party's denial (d17, stop 47)
        if as_verb and thing_called_fake(doc, t, doc.sentences[t.sent].token_end, _is_claim_word):
            continue  # "dismissed the painting as a forgery": a thing not genuine, no claim (d19, stop 48)
        if as_verb and deed_rebuttal(doc, t):
            continue  # "rebutted the criticism by opening clinics", "rebutted by raising money": a deed, no claim called false (d18, stop 47)
        if as_verb and unmade_attempt(doc, t):
            continue  # "any attempt to refute the rumours", "we can attempt to deny ..."
        if t.lemma.lower() in _words("ruling-verb") and _court_subject(doc, t, rng[1]) and not _story_object(doc, t, rng[1]):
            continue  # "the court dismissed the charges": a ruling, not a denial
        cue_end = doc.tokens[rng[1]].end if rng[1] == t.i + 1 else t.end
        if headline_verb:
            # the phrase before the verb ("U.N. Envoy Rejects ..."), else the nearest actor before it
            np = _surface_np(doc, draft, t)
            denier = (_np_denier(doc, draft, *np) if np is not None else None) or _headline_subject(doc, draft, t)
        else:
            denier = _gerund_denier(doc, draft, t, ctx) or _denier(doc, draft, t, ctx)
        if denier is None and _in_title_line(doc, t):
            denier = _headline_subject(doc, draft, t) or _headline_noun(doc, draft, t)
        # a verb the tagger read as a noun has a verb's claim after it ("Democrats rebut | claim of ..."), not a noun's "of" phrase
        spoken = replace(t, pos="VERB") if headline_verb and t.pos == "NOUN" else t
        claim = apposed or _antecedent_claim_span(doc, t) or pointed or (_told_claim(doc, told) if told is not None else _denied_span(doc, spoken, rng[1]))
        add((t.start, cue_end), denier, claim, 0.8)

    # 1b. "corrected the report, saying ...": a report corrected is called wrong (:mod:`.denial_corrections`)
    for verb, obj in corrected_reports(doc):
        if is_negated(doc, verb):
            continue
        add((verb.start, obj[1]), _denier(doc, draft, verb, ctx), obj, 0.7)
    # "corrected the senator, saying ...": what the party said is called wrong -- the claim the party was
    # just reported to make, where there is one (d11, stop 41)
    for verb, party in corrected_parties(doc, draft):
        if is_negated(doc, verb):
            continue
        denier = _denier(doc, draft, verb, ctx)
        add((verb.start, party[1]), denier, reported_claim_before(doc, draft, verb.start, denier), 0.7)

    # 1z. a claim called false in the passive, the caller in a by-phrase: "the story was branded a fabrication
    # by the mayor's office" (:mod:`.denial_passive_calling`; d18, stop 47), read before the predicate step,
    # which finds "were branded baseless" with no denier
    for pc in passive_callings(doc) if " by " in text else ():
        subj_start = _subject_before(doc, pc.be_start)
        subject = text[subj_start : pc.be_start]
        if not subject.strip() or not (pc.names_news or _claim_subject(subject, None) or _claim_subject(subject, None, evidence=True)):
            continue  # "the passport was branded false by border officials": a forgery, no claim; a document
            # shown as evidence is one ("the leaked memo was branded a forgery by the ministry"; d19, stop 48)
        named = draft.mentions_between(*pc.agent)
        head = doc.token_at(pc.agent[1] - 1)
        if named and named[-1][1] >= pc.agent[1]:
            denier = named[-1][2]  # "by the defence ministry"
        else:  # "by the senator's spokesman", "by the campaign": the phrase's head noun
            from .nominals import nominal_actor

            owner_end = named[-1][1] if named else pc.agent[0]
            owner = text.find(" ", owner_end) + 1 if named else pc.agent[0]
            denier = nominal_actor(draft, head, owner, fallback="organization") if head is not None else None
        add((subj_start, pc.verdict_end), denier, (subj_start, subj_start + len(subject.rstrip())), 0.75)

    # 2. predicates: "this report is not true"
    low = folded(text)
    for m in _predicate_matches(text, low):
        if m.group(0).lower().endswith("true") and re.match(r"\s+to\b", text[m.end() : m.end() + 4]):
            continue  # "he wasn't true to his word", "not true to the original": faithful, no claim called false
        if not_a_verdict(doc, m.end(), _is_claim_word):
            continue  # "that is a false comparison", "it is absurd that ..."
        if _in_question(doc, m.start()):
            continue  # "Could the poll be misleading?": a question asks, it says nothing false
        if _FOUND_TO_BE.search(text, max(0, m.start() - 40), m.start()) and carrying_statement(m.start(), m.end()) is None:
            continue  # "her statement was shown to be false": a finding, no party denying (unless someone says so)
        subj_start = _subject_before(doc, m.start())
        claim = _claim_before(doc, subj_start)
        subject = text[subj_start : m.start()]
        if subject.strip().lower() == "it" and m.group(0).lower().endswith("what happened") and _CLEFT_REST.match(text, m.end()):
            continue  # "It is not what happened on the pitch that matters": a cleft's focus, nothing called false (d13, stop 43)
        if _UNADMITTED.search(text, max(0, subj_start - 50), subj_start):
            continue  # "refusing to concede that any of the numbers were wrong": an admission not made, no denial (d12, stop 42)
        if m.group(0).lower().endswith("wrong") and not wrong_means_false(subject):
            continue  # "His remarks were wrong", "That is wrong": unfitting, not false (d11, stop 41)
        if serving_material(doc, m.end(), subject):
            continue  # "his remarks were 'propaganda' for the militants": they serve them, nothing called false
        if _attributive_verdict(doc, subject, m):
            continue  # "the senator's absurd and inaccurate claim that ...": a verdict word modifying the noun, no predicate
        lo = max(0, m.start() - 6)
        if text[lo : m.start()].strip().lower() == "there":
            subj_start = lo + text[lo : m.start()].lower().index("there")
            # "There is no truth to these allegations": the claim follows the verdict
            after = _claim_after(doc, m.end())
            if after is not None:
                add((subj_start, m.end()), None, after, 0.75)
            continue
        called_wrong = m.group(0).lower().endswith("wrong")  # (a subject wrong_means_false let through)
        if not called_wrong and not _claim_subject(subject, claim) and not _claim_subject(subject, claim, evidence=True):
            parsed = _parsed_claim_subject(doc, m.end()) or _clausal_claim_subject(doc, m.start())
            if parsed is not None:
                subj_start, claim = parsed[0], parsed  # "suggestions it had run out of reserves were without foundation"
                subject = text[subj_start : m.start()]
            elif not (_pointer_subject(subject) and _in_quotation(text, subj_start, m.end())):
                continue  # "the food was not fresh": nothing said is called false
            # else '"Both of those things were untrue," the manager said': a speaker's verdict on what
            # the subject points back to, with no claim noun before it
        if _conditional_subject(doc, subj_start):
            continue  # "would she admit it if the story were false?": a condition supposed, no claim called false
        if shown_by_proof(doc, subj_start):
            continue  # "statistics show the numbers in his tweet are incorrect": proof, no party denying
        if _proposal_subject(doc, subj_start, m.start()):
            continue  # "The idea of deporting millions is absurd": a proposal judged, no claim called false
        if _narrators_verdict(doc, subj_start, carrying_statement(subj_start, m.end())):
            continue  # "The station reported that ..., but that was not the case": the writer's correction, no party's
        cue = (subj_start, m.end())
        if _self_contained_claim(subject):
            claim = (subj_start, subj_start + len(subject.rstrip()))  # "the claims in her suit are false": these, not an earlier claim
        if claim is None and subject.strip() and subject.split()[0].lower() not in _DEMONSTRATIVES:
            # "Allegations Are 'Baseless'": the subject is the claim (without a quote mark opening the verdict:
            # 'the senator's remarks "are based on ...'; d11, stop 41)
            claim = (subj_start, subj_start + len(subject.rstrip(" \"'“‘")))
        if claim is None and (subject.strip().lower() in _DEMONSTRATIVES or _pointer_subject(subject)):
            claim = _said_of_claim(doc, m.end())  # '"That is a lie," the governor said of the claim that ...' (d9, stop 39)
            if claim is None:
                # what another party was just reported to say: 'The paper reported that the mayor hired his
                # nephew. "That is simply a fabrication," his spokesman replied' (d11, stop 41)
                holder = carrying_statement(*cue)
                claim = reported_claim_before(doc, draft, m.start(), getattr(holder, "speaker", None))
        if m.group(0).lower().endswith("what happened") and (claim is None or _FORECAST.search(text, claim[0], claim[1])):
            # '"The theory was that ... That's not what happened"', "The model said prices would fall. 'That is not
            # what happened'": no account of events answered, a view or a forecast judged (d13, stop 43)
            continue
        verdict = doc.token_at(m.start())
        speaker = None
        if verdict is not None and carrying_statement(*cue) is None and _in_title_line(doc, verdict):
            speaker = _headline_speaker(doc, draft, verdict)  # "Candidate Says Claims About His Finances Are 'Lies'"
        elif verdict is not None and getattr(carrying_statement(*cue), "speaker", None) is None:
            said = _reporting_verb(doc, subj_start)  # "a spokesman ... said reports that ... were fabrications"
            speaker = _denier(doc, draft, said, ctx) if said is not None and said.pos == "VERB" else None
        add(cue, speaker, claim, 0.75)

    def sentence_has_denial(tok: Token) -> bool:
        """A denial was read in ``tok``'s sentence already ("Army Chief Dismisses Coup Rumours as 'Nonsense'")."""
        sent = doc.sentences[tok.sent]
        lo, hi = doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end
        return any(lo <= s < hi for s, _e in seen)

    # 2c. a headline's verdict in quotes with no verb: "Kremlin: Reports of Putin Illness 'Nonsense'"
    for m in _quoted_verdict_pattern().finditer(text):
        first = doc.token_at(m.start())
        if first is None or sentence_has_denial(first):
            continue
        if not _in_title_line(doc, first):
            topic = _topic_claim(doc, draft, first)
            if topic is not None:
                # "Mayor on Bribe Claims: 'Not True'": the speaker before "on", the claim after it
                (c0, c1), speaker = topic
                add((c0, m.end()), speaker, (c0, c1), 0.7)
            continue
        subj_start = _subject_before(doc, m.start())
        subject = text[subj_start : m.start()]
        words = subject.split()
        if not words or words[0].lower() in _DEMONSTRATIVES or not (_claim_subject(subject, None) or _claim_subject(subject, None, evidence=True)):
            # the claim noun may head a longer subject: "Bank Says Reports It Will Close Branches 'Not True'"
            claim_at = _headline_claim_start(doc, first)
            if claim_at is None:
                continue
            subj_start, subject = claim_at, text[claim_at : m.start()]
        speaker = None if carrying_statement(subj_start, m.end()) else _headline_speaker(doc, draft, first)
        add((subj_start, m.end()), speaker, (subj_start, subj_start + len(subject.rstrip())), 0.7)

    # 2d. a headline's verdict with no verb and no quotes, closing its clause: "Reports of Ceasefire Deal
    # Not True, Army Says", "Claims of Vote Fraud Baseless: Minister"
    for m in _bare_verdict_matches(text, low):
        first = doc.token_at(m.start())
        if first is None or not (_in_title_line(doc, first) or _labelled_headline(doc, first)) or sentence_has_denial(first):
            continue
        claim_at = _headline_claim_start(doc, first)
        if claim_at is None:
            continue
        speaker = None if carrying_statement(claim_at, m.end()) else _headline_speaker(doc, draft, first)
        add((claim_at, m.end()), speaker, (claim_at, first.start), 0.7)

    # 2a. "None of this is true", "Nothing could be further from the truth" in what someone said
    if "true" in text or "truth" in text:
        for m in _untrue_pattern().finditer(text):
            if carrying_statement(m.start(), m.end()) is not None:
                add((m.start(), m.end()), None, _claim_before(doc, m.start()) or _said_of_claim(doc, m.end()), 0.75)
            elif _in_quotation(text, m.start(), m.end()):
                # the quote's speaker when the statement pass gave the sentence's "said of claims that ..."
                # clause to the speaker instead of the quote (spaCy): the verdict is still the speaker's
                st = _sentence_statement(doc, draft, m.start())
                if st is not None:
                    add((m.start(), m.end()), _speaker_denier(doc, draft, st), _claim_before(doc, m.start()) or _said_of_claim(doc, m.end()), 0.75)

    # 2b. calling a claim false: "called the claims baseless", "labelled the report a hoax"
    for m in _calling_matches(text, low):
        middle = m.group("what")
        bare_pointer = middle.lower() in ("it", "this", "that")
        if not _claim_subject(middle, None) and not _claim_subject(middle, None, evidence=True):
            continue  # "called the debate a farce": no claim named; a document is one ("called the leaked memo a forgery"; d19)
        # a demonstrative with a claim noun names the claim itself ("called that report a 'bald-faced
        # lie'"; d10, stop 40); a bare pointer needs a claim it stands for
        verb = doc.token_at(m.start())
        denier = _denier(doc, draft, verb, ctx) if verb is not None and verb.pos == "VERB" else None
        if denier is None and verb is not None:
            denier = _headline_subject(doc, draft, verb)
            if denier is None and _in_title_line(doc, verb):
                denier = _headline_noun(doc, draft, verb)
        claim = (m.start("what"), m.end("what"))
        if bare_pointer and _claim_before(doc, m.start()) is None:
            # "calls this a false narrative" (the verdict names the claim), a suit "it" stands for, or
            # what another party was just reported to say ("X said the union took money. The union's
            # president called that 'preposterous'"; d10, stop 40)
            pointed = _suit_before(doc, m.start()) or reported_claim_before(doc, draft, m.start(), denier)
            if pointed is None and _claim_after(doc, m.end()) is None:
                continue
            claim = pointed or claim
        add((m.start(), m.end()), denier, claim, 0.75)

    # 2e. a party decrying a claim it calls false: "China Slams 'Groundless' Accusations", "condemned the
    # baseless allegations" (:mod:`.denial_decried`); a verb of making the claim ("spread false claims") is none
    for (v0, v1), claim in decried_claims(text):
        verb = doc.token_at(v0)
        if verb is None or is_negated(doc, verb):
            continue
        denier = _denier(doc, draft, verb, ctx) if verb.pos == "VERB" else None
        if denier is None:
            denier = _headline_subject(doc, draft, verb)
            if denier is None and _in_title_line(doc, verb):
                denier = _headline_noun(doc, draft, verb)
        add((v0, claim[1]), denier, claim, 0.7)

    # 2f. a speaker saying another party puts about claims the speaker calls false: "the lawyer said the
    # nurse was chasing attention with false claims" (:mod:`.denial_false_claims`; d19, stop 48)
    for st in draft.statements:
        for c in st.content:
            for verdict, claim, clause in falsely_put_claims(text, c.start, c.end):
                def speaker_pronoun(s: int, e: int) -> bool | None:
                    who = draft.actor_at(s, e)
                    return None if who is None else who == st.speaker

                if own_claim(text, clause, speaker_pronoun):
                    continue  # "the senator admitted she had made false claims": her own
                add(verdict, _speaker_denier(doc, draft, st), claim, 0.7)

    # 2g. calling the accuser a liar for the accusation: 'called the reporter "delusional" for the accusation'
    # (:mod:`.denial_accuser_called`; d19, stop 48)
    for sent in doc.sentences:
        lo, hi = doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end
        for v0, cue, claim in accusers_called_false(text, lo, hi):
            verb = doc.token_at(v0)
            if verb is None or is_negated(doc, verb):
                continue
            add(cue, _denier(doc, draft, verb, ctx), claim, 0.7)

    # 3. negated content inside statements: "no written document had been handed over"
    negation_words, anyone = _negation_screens()
    for st in draft.statements:
        for c in st.content:
            if low is not None and not _may_hold_negation(text, low, c.start, c.end):
                continue  # no cue's words are there (the exact pre-test of :mod:`.screens`)
            if negation_words.search(text, c.start, c.end) is None or anyone.search(text, c.start, c.end) is None:
                continue
            for pat in _negation_patterns():
                for m in pat.finditer(text, c.start, c.end):
                    end_tok = doc.token_at(m.end() - 1)
                    if end_tok is None:
                        continue
                    c1 = clause_end(doc, end_tok.i)
                    end = max(m.end(), doc.tokens[c1 - 1].end) if c1 > end_tok.i else m.end()
                    end = min(end, c.end)
                    claim = _claim_before(doc, m.start()) or _pointed_claim(doc, m.start(), m.group(0)) or _claim_in_frame(doc, c.start, c.end) or _said_of_claim(doc, c.end)
                    speaker = st.speaker
                    if claim is None:
                        # "The councillor, accused of steering contracts to his cousin, insisted he had done
                        # nothing wrong": the accusation the speaker faces (:mod:`.denial_accused`)
                        claim = accusation_before(doc, c.start)
                        if claim is not None and speaker is None and st.source is not None and st.source.text.lower() in ("he", "she", "they"):
                            # "Auditors accused the treasurer of ... She insisted she had done nothing wrong": the
                            # pronoun the statement pass left unread is the accused
                            who = accused_party(text, claim)
                            last = doc.token_at(who[1] - 1) if who is not None else None
                            if last is not None and last.pos in ("NOUN", "PROPN"):
                                from .nominals import nominal_actor, nominal_kind

                                person = st.source.text.lower() != "they"
                                if not (person and nominal_kind(last) not in (None, "person")):  # "she" is no firm
                                    named = draft.mentions_between(*who)
                                    speaker = named[-1][2] if named else nominal_actor(draft, last, who[0], fallback="person")
                        if claim is not None and speaker is None:
                            continue  # an accusation, but no one to answer it
                    if claim is None:
                        continue  # "No decision was made yet," the minister said: negation, not a denial
                    add((m.start(), end), speaker, claim, 0.7)

    # 3a. what a speaker says of whoever makes a claim: '"Anyone saying that our schools are failing is
    # peddling fiction," the governor said' (:mod:`.denial_claimants`)
    for st in draft.statements:
        for c in st.content:
            for m in claimant_verdicts(text, c.start, c.end):
                add((m.start(), m.end()), None, (m.start("claim"), m.end("claim")), 0.7)  # the speaker, read by add

    # 3f. a speaker calling someone wrong to make a claim: 'The governor said the auditor was "flat
    # wrong" to claim that ...', "Critic 'Wrong' to Call Me a Fraud" (:mod:`.denial_wrong_to_say`)
    for st in draft.statements:
        for c in st.content:
            for cue, claim in wrong_claimant_claims(text, c.start, c.end):
                add(cue, st.speaker, claim, 0.7)
    # the same verdict after a speech verb whose content the statement pass cut short at an
    # apposition ("X said Y, the mother of Z, is 'absolutely wrong' for saying ..."): the speaker's
    if "wrong" in text.lower() or "mistaken" in text.lower():
        for cue, claim in wrong_claimant_claims(text, 0, len(text)):
            if carrying_statement(*cue) is None:
                st = _sentence_statement(doc, draft, cue[0])
                if st is not None and st.cue is not None and st.cue.end <= cue[0] and st.kind != "direct":
                    add(cue, _speaker_denier(doc, draft, st), claim, 0.7)

    # 3g. a speaker saying someone misrepresented something: "the senator said the attack ad
    # mischaracterized her record" (:mod:`.denial_misrepresent`)
    for st in draft.statements:
        for c in st.content:
            if st.speaker is None:
                continue  # whose verdict it is is the whole denial ("..., who criticized X for misrepresenting ...")
            for cue, claim in misrepresented_portrayals(text, c.start, c.end):
                add(cue, st.speaker, claim, 0.7)

    # 3g'. "made it up" / "invented the whole thing" of a claim named elsewhere: said of, in the frame, or
    # just reported ('"He simply made it up," the governor said of the claim'; :mod:`.denial_made_up`, d15 stop 45)
    for st in draft.statements:
        if st.speaker is None:
            continue
        for c in st.content:
            for cue in made_up_pointers(text, c.start, c.end):
                claim = _said_of_claim(doc, c.end) or _claim_in_frame(doc, c.start, c.end) or _claim_before(doc, c.start)
                claim = claim or reported_claim_before(doc, draft, c.start, st.speaker)
                if claim is not None:
                    add(cue, _speaker_denier(doc, draft, st), claim, 0.7)

    # 3g''. a speaker saying another party is lying about the speaker: '"They keep lying about my record,"
    # the mayor said' (:mod:`.denial_lying`, d15 stop 45); direct quotes only, where "my" is the speaker's
    for st in draft.statements:
        if st.speaker is None or st.kind != "direct":
            continue
        for c in st.content:
            for cue, claim in lies_about_speaker(text, c.start, c.end):
                add(cue, _speaker_denier(doc, draft, st), claim, 0.7)

    # 3g''''. a falsity verdict as an aside after a claim noun: "the rumour -- baseless, I think -- that the
    # council buried the audit" inside a statement (:mod:`.denial_noun_aside`, d16 stop 46)
    for st in draft.statements:
        if st.speaker is None:
            continue
        for c in st.content:
            for cue, claim in aside_verdicts(text, c.start, c.end):
                add(cue, _speaker_denier(doc, draft, st), claim, 0.7)

    # 3g'''. a first-person negation repeating the act of an accusation just made: 'Rivals accused her of
    # taking money. "I have never taken a cent," she said' (:mod:`.denial_echo`, d15 stop 45)
    if "accus" in text:
        for st in draft.statements:
            if st.speaker is None:
                continue
            for c in st.content:
                accusation = accusation_before(doc, c.start)
                if accusation is None:
                    continue
                cue = echoed_denial(doc, c.start, c.end, accusation)
                if cue is not None:
                    add(cue, _speaker_denier(doc, draft, st), accusation, 0.65)

    # 3h. a statement set "contrary to" a claim: "Contrary to the prisoner's claims, guards say he was
    # never ..." -- the speaker of the sentence's statement after the phrase denies it (:mod:`.denial_contrary`)
    for cue, claim in contrary_claims(text, lambda w: w in _claim_lemmas() or w in _words("claim-noun")):
        t = doc.token_at(cue[0])
        if t is None:
            continue
        sent = doc.sentences[t.sent]
        hi = doc.tokens[sent.token_end - 1].end
        st = next((st for st in draft.statements if st.cue is not None and cue[1] <= st.cue.start < hi), None)
        if st is None:
            continue  # the writer's own "Contrary to his claims, he never served": a finding, no party's denial
        add(cue, _speaker_denier(doc, draft, st), claim, 0.7)

    # 3j. a speaker saying a reported event never happened: "The paper reported that the bishop had met
    # the developers. The bishop said the meeting never happened" (:mod:`.denial_unhappened`); only with
    # a claim it answers -- "the parade never happened because of the storm" alone is plain negation
    for st in draft.statements:
        for c in st.content:
            for cue in unhappened_events(text, c.start, c.end):
                if any(s0 < cue[1] and cue[0] < e0 for s0, e0 in seen):
                    continue  # read already ("never happened" as a verdict on a claim before it)
                claim = _claim_before(doc, cue[0]) or reported_claim_before(doc, draft, c.start, st.speaker)
                if claim is not None:
                    add(cue, st.speaker, claim, 0.65)

    # 3k. a headline quoting a party's own "I did not <wrongful act>": "Treasurer: 'I Did Not Leak the
    # Audit'" (:mod:`.denial_own_act`); the party before the colon denies the act
    for cue, (s0, s1), act in own_act_denials(text):
        st = carrying_statement(*cue)
        denier = st.speaker if st is not None else None
        if denier is None:
            named = draft.mentions_between(s0, s1)
            denier = named[0][2] if named else None
        if denier is None:
            last = doc.token_at(s1 - 1)
            if last is not None and last.pos in ("NOUN", "PROPN"):
                from .nominals import nominal_actor

                denier = nominal_actor(draft, last, s0, fallback="organization")
        add(cue, denier, act, 0.65)

    # 3l. holding oneself innocent of a charge: "has maintained his innocence", "pleaded not guilty to
    # charges of ..." (:mod:`.denial_accused`); the charge named in the plea or the accusation before it
    if "innocence" in text or "not guilty" in text:
        for cue, v0, charge in pleas_of_innocence(text, 0, len(text)):
            verb = doc.token_at(v0)
            if verb is None or is_negated(doc, verb):
                continue
            add(cue, _denier(doc, draft, verb, ctx), charge or accusation_before(doc, cue[0]), 0.7)

    # 3l'. a party held innocent of a charge in other words: "is absolutely innocent of these charges",
    # "entered a not-guilty plea" (:mod:`.denial_accused`, d16 stop 46); inside a statement the speaker
    # holds the party innocent ('"He is innocent of this charge," the spokeswoman said'), else the subject
    if "innocent of" in text or "guilty" in text:
        for cue, v0, charge in innocence_claims(text, 0, len(text)):
            verb = doc.token_at(v0)
            if verb is None or is_negated(doc, verb):
                continue
            holder = next((st for st in draft.statements if any(c.start <= cue[0] < c.end for c in st.content)), None)
            denier = holder.speaker if holder is not None else _denier(doc, draft, verb, ctx)
            add(cue, denier, charge or accusation_before(doc, cue[0]), 0.7)

    # 3c. a speaker's denial of having said something: '"I never said that," the governor said',
    # '"I have never said the treaty was a mistake"' (:mod:`.denial_unsaid`); the remark is the claim
    # (d16, stop 46: also "suggested", "claimed" ... of ``remark-verb``, and a reported statement's
    # "she had never suggested ...", where the third person is the speaker)
    for st in draft.statements:
        for c in st.content:
            if low is not None and " said" not in low[c.start : c.end] and " say" not in low[c.start : c.end] and not has_remark_verb(low, c.start, c.end):
                continue
            pointed = False
            for cue, remark in unsaid_remarks(doc, c.start, c.end, reported=st.kind == "indirect"):
                if remark is None and pointed:
                    continue  # '"I never said it. Read the transcript: I never said it"': one remark denied, said twice
                pointed = pointed or remark is None
                claim = remark or _claim_in_frame(doc, c.start, c.end) or _claim_before(doc, cue[0])
                add(cue, st.speaker, claim, 0.7)

    # 3d. the accused's own '"There is no evidence that I took a dollar," the treasurer said'
    # (:mod:`.denial_no_proof`): the clause about the speaker is the claim
    for st in draft.statements:
        for c in st.content:
            if low is not None and low.find("that", c.start, c.end) < 0:
                continue
            for cue, claim in own_act_unproven(text, c.start, c.end):
                add(cue, st.speaker, claim, 0.7)

    # a headline's inverted frame: "'Not True,' Says Coach of Transfer Rumor" -- the speaker named between
    # "Says" and "of", the claim after "of" (:mod:`.denial_fragments`; d13, stop 43)
    verdicts = (*_cues().get("predicate", []), *_words("falsity"))
    if "says" in text.lower():
        for (v0, v1), (w0, w1), of_end in inverted_headline_verdicts(text):
            if verdict_fragment(text, v0, v1, verdicts) is None or seen_spans.contains(v0, v0 + 1):
                continue
            claim = _claim_after(doc, of_end + 1)
            if claim is None:
                continue  # "'Ridiculous,' Says Mayor of Stadium Plan": a plan judged, no claim
            first = doc.token_at(of_end + 1)
            claim = (first.start, claim[1]) if first is not None and first.start < claim[0] else claim  # "Transfer Rumor"
            named = draft.mentions_between(w0, w1)
            denier = named[0][2] if named else None
            last = doc.token_at(w1 - 1)
            if denier is None and last is not None and last.pos in ("NOUN", "PROPN"):
                from .nominals import nominal_actor

                denier = nominal_actor(draft, last, w0, fallback="organization")  # "Says Coach": a role noun alone
            add((v0, v1), denier, claim, 0.7)

    # 3e. a bare verdict as the whole quote: '"Totally false," the spokesman said of the reports that ...'
    # (:mod:`.denial_fragments`); only with a claim it is said of, its frame names, or one just reported
    verdicts = (*_cues().get("predicate", []), *_words("falsity"))
    for st in draft.statements:
        for c in st.content:
            frag = verdict_fragment(text, c.start, c.end, verdicts)
            if frag is None or any(c.start <= s < c.end for s, _e in seen):
                continue
            claim = _said_of_claim(doc, c.end) or _claim_in_frame(doc, c.start, c.end) or _claim_before(doc, c.start)
            if claim is None:
                # '... accused the minister of hiding the audit. "Not true," her spokeswoman said': the
                # one the source names answers (d14, stop 44); "her" would give the minister
                claim = verdict_answers_accusation(doc, c.start, c.end)
                if claim is not None:
                    add(frag, _speaker_denier(doc, draft, st), claim, 0.7)
                continue
            add(frag, st.speaker, claim, 0.7)
    # the same verdict in a quote no statement holds: spaCy's statement pass may give the speaker the
    # "said of reports that ..." clause instead of the quote; the quote is still the speaker's
    for q in (ctx.quotes if ctx is not None else find_quotes(text)):
        frag = verdict_fragment(text, q.start, q.end, verdicts)
        if frag is None or carrying_statement(*frag) is not None or seen_spans.contains(frag[0], frag[0] + 1):
            continue
        st = _sentence_statement(doc, draft, q.end)
        claim = _said_of_claim(doc, q.end) or _claim_in_frame(doc, q.start, q.end) or _claim_before(doc, q.start)
        claim = claim or verdict_answers_accusation(doc, q.start, q.end)
        if st is not None and claim is not None:
            add(frag, _speaker_denier(doc, draft, st), claim, 0.7)

    # 3b. a negated past fact in a quote whose frame names the claim it answers: '"We have never sold
    # weapons to either side," the company said, responding to the report'
    for st in draft.statements:
        for c in st.content:
            m = _PAST_NEGATION.search(text, c.start, c.end) if low is None or may_hold_past_negation(low, c.start, c.end) else None
            if m is None or any(c.start <= s < c.end for s, _e in seen):
                continue
            claim = _claim_in_frame(doc, c.start, c.end)
            if claim is None and st.cue is not None and st.kind == "indirect" and st.cue.text.lower() in _words("response-verb") and _source_is_speaker(draft, st):
                # "Critics said the mayor had hidden the audit. The mayor replied that she had never seen
                # it": a response to another party's claim just reported (d10, stop 40); reported speech
                # only -- a quoted reply ('"I'd rather not say," he replied') answers a question
                claim = reported_claim_before(doc, draft, c.start, st.speaker)
            end_tok = doc.token_at(m.end() - 1)
            if claim is None or end_tok is None:
                continue  # '"We did not expect the storm," the governor said': negation, not a denial
            if critic_unacquainted(doc, m.start()):
                continue  # '"She has never met me"': the critic attacked, no claim denied
            c1 = clause_end(doc, end_tok.i)
            end = min(max(m.end(), doc.tokens[c1 - 1].end) if c1 > end_tok.i else m.end(), c.end)
            add((m.start(), end), st.speaker, claim, 0.65)


def _source_is_speaker(draft: Draft, st) -> bool:  # type: ignore[no-untyped-def]
    """The statement's speaker is the actor its source words name -- a pronoun, or words of the
    actor's name ("the mayor replied"); "her campaign responded" given to an actor of an earlier
    sentence is a guess a reply's denial should not rest on."""
    if st.source is None or st.speaker is None:
        return False
    words = {w.strip(".,'’").lower() for w in st.source.text.split()}
    if words <= _SPEAKER_PRONOUNS:
        return True
    actor = draft.actor_fields(st.speaker)
    return actor is not None and bool(words & {w.strip(".,'’").lower() for w in actor.name.split()})


_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


#: A negated past fact ("we have never sold", "she did not receive", "it was not"): a denial only
#: when the quote answers a claim its frame names (:func:`_claim_in_frame`); "will not" and "cannot"
#: speak of the future or of ability, which no earlier claim is denied by.
_PAST_NEGATION = re.compile(
    r"\b(?:(?:have|has|had|we|i|they|he|she|it)\s+never"
    r"|(?:did|does|do|have|has|had|was|were|is|are)\s+not|(?:didn|doesn|don|haven|hasn|hadn|wasn|weren|isn|aren)['’]t)\b",
    re.IGNORECASE,
)


def may_hold_past_negation(low: str, lo: int, hi: int) -> bool:
    """``_PAST_NEGATION`` may match in ``text[lo:hi]`` (``low``: the text folded, :func:`.screens.folded`).

    Every match holds "never", "not" or an apostrophe before "t" ("didn't", "wasn’t"), in any
    case; the folded text has them in lower case wherever the pattern would match, so a span
    without any of the four strings has no match. ``str.find`` looks for them much faster than
    the case-blind pattern, which has no literal prefix to skip ahead with, tries itself (about
    1,500 characters of quotes a text).
    """
    return low.find("not", lo, hi) >= 0 or low.find("never", lo, hi) >= 0 or low.find("'t", lo, hi) >= 0 or low.find("\u2019t", lo, hi) >= 0


#: Verdicts a headline may put after its claim with no verb ("Reports of Ceasefire Deal Not True,
#: Army Says"): the adjectives and the phrases of the ``predicate`` cues that call a claim false;
#: nouns ("speculation", "fiction") and "lies" (a verb too) are left to their quoted form.
_BARE_VERDICTS = ("not true", "untrue", "false", "baseless", "groundless", "unfounded", "unsubstantiated", "fabricated",
                  "fake", "fake news", "bogus", "without foundation", "without basis", "without merit", "not the case")


@lru_cache(maxsize=1)
def _bare_verdict_pattern() -> re.Pattern[str]:
    """A bare verdict closing a headline's clause: a comma, colon, dash or the end of the line next."""
    body = "|".join(re.escape(v) for v in sorted(_BARE_VERDICTS, key=lambda v: (-len(v), v)))
    return re.compile(r"\b(?:" + body + r")\b(?=\s*(?:[,:;\u2013\u2014]|\s-\s|$))", re.IGNORECASE | re.MULTILINE)


def _bare_verdict_matches(text: str, low: str | None):  # type: ignore[no-untyped-def]
    """``_bare_verdict_pattern().finditer(text)``, skipped when no bare verdict is in the text."""
    if low is not None and not any(has_word(text, low, v) for v in _BARE_VERDICTS):
        return ()
    return _bare_verdict_pattern().finditer(text)


#: Words after which a headline's claim opens its clause ("Bank Says Reports ...", "Army: Reports ...").
_HEADLINE_SAYS = frozenset({"says", "say", "said", ":"})


def _headline_claim_start(doc: AnnotatedDocument, verdict: Token) -> int | None:
    """Start of the claim a headline's verdict judges: a claim noun opening the clause before it
    ("Reports It Will Close Branches 'Not True'", "Bank Says Claims of Fraud 'Baseless'"), up to
    ten words back with no comma between; None when there is none."""
    toks = doc.tokens
    first = doc.sentences[verdict.sent].token_start
    for k in range(verdict.i - 1, max(first - 1, verdict.i - 11), -1):
        w = toks[k]
        if w.text in (",", ";", "(", ")") or k < verdict.i - 1 and w.text in QUOTE_MARKS:
            return None
        if w.text.lower() in _words("claim-noun") and (k == first or toks[k - 1].text.lower() in _HEADLINE_SAYS):
            return w.start
        if k < verdict.i - 1 and w.text == ":":
            return None
    return None


#: Prepositions by which a headline names the topic its speaker answers ("Mayor on Bribe Claims: ...").
_TOPIC_PREPOSITIONS = frozenset({"on", "about", "over"})


def _topic_claim(doc: AnnotatedDocument, draft: Draft, verdict: Token) -> tuple[tuple[int, int], str | None] | None:
    """A headline "<speaker> on <claim>: '<verdict>'" ("Mayor on Bribe Claims: 'Not True'", d9 stop 39):
    the claim phrase between the preposition and the colon (a claim noun its last word) and the
    speaker before the preposition; None for any other shape ("Minister on Rail Line: 'Open by May'"
    has no verdict, and the caller only asks after one)."""
    from ..engines.headline_case import is_title_case

    toks = doc.tokens
    first = doc.sentences[verdict.sent].token_start
    colon = verdict.i - 1
    if colon <= first or toks[colon].text != ":" or not _is_claim_word(toks[colon - 1]):
        return None
    line_start = doc.text.rfind("\n", 0, verdict.start) + 1
    if not is_title_case(doc.text[line_start : toks[colon].start]):
        return None  # the line before the colon must be a headline's ("Mayor on Bribe Claims")
    for k in range(colon - 2, max(first, colon - 6), -1):  # the preposition after a speaker word, not first
        w = toks[k]
        if w.text.lower() in _TOPIC_PREPOSITIONS:
            speaker = draft.actor_at(toks[k - 1].start, toks[k - 1].end) or _headline_subject(doc, draft, w) or _headline_noun(doc, draft, w)
            return (toks[k + 1].start, toks[colon - 1].end), speaker
        if w.pos not in ("NOUN", "PROPN", "ADJ", "DET") and w.text not in _POSSESSIVE:
            return None
    return None


def _labelled_headline(doc: AnnotatedDocument, t: Token) -> bool:
    """A title-case headline with its speaker as a label after a colon ("Reports of Cabinet Split
    Baseless: Prime Minister"), ``t`` before the colon."""
    from ..engines.headline_case import is_title_case

    line_start = doc.text.rfind("\n", 0, t.start) + 1
    line_end = doc.text.find("\n", t.end)
    line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)]
    colon = line.rfind(":")
    label = line[colon + 1 :].split()
    return colon >= t.end - line_start and 1 <= len(label) <= 3 and all(w[:1].isupper() for w in label) and is_title_case(line[:colon])


def _headline_speaker(doc: AnnotatedDocument, draft: Draft, verdict: Token) -> str | None:
    """The one a headline names as saying its verdict, when no statement was read: "Candidate Says
    Claims ... 'Lies'" (before the say verb), "Reports ... Not True, Army Says" (before it, after)."""
    toks = doc.tokens
    sent = doc.sentences[verdict.sent]
    for k in range(sent.token_start, sent.token_end):
        w = toks[k]
        if w.text.lower() in ("says", "say", "said") and k > sent.token_start and toks[k - 1].pos in ("NOUN", "PROPN"):
            if k < verdict.i:
                return _headline_subject(doc, draft, w) or _headline_noun(doc, draft, w)
            return draft.actor_at(toks[k - 1].start, toks[k - 1].end) or _headline_noun(doc, draft, w)
    colon = next((k for k in range(sent.token_end - 2, verdict.i, -1) if toks[k].text == ":"), None)
    if colon is not None and sent.token_end - colon <= 5:
        # "...: Prime Minister": the label after the colon (a full stop may close the sentence)
        hits = draft.mentions_between(toks[colon + 1].start, toks[sent.token_end - 1].end)
        if hits:
            return hits[0][2]
        last = next((toks[k] for k in range(sent.token_end - 1, colon, -1) if toks[k].pos in ("NOUN", "PROPN")), None)
        if last is not None:
            from .nominals import nominal_actor

            return nominal_actor(draft, last, toks[colon + 1].start, fallback="organization")
    return None


#: The verbs of :func:`_calling_pattern`, which starts every match with one of them.
_CALLING_VERBS = ("call", "calls", "called", "calling", "label", "labels", "labelled", "labeled", "brand", "brands", "branded", "describe", "describes", "described",
                  "deem", "deems", "deemed")  # "the fact-checkers deemed those statements false"


def _calling_matches(text: str, low: str | None):  # type: ignore[no-untyped-def]
    """``_calling_pattern().finditer(text)``, tried only where one of its verbs starts a word."""
    if low is None:
        return _calling_pattern().finditer(text)
    return matches_from(_calling_pattern(), text, low, _CALLING_VERBS)


def _predicate_matches(text: str, low: str | None):  # type: ignore[no-untyped-def]
    """``_predicate_pattern().finditer(text)``, skipped when no predicate word is in the text.

    Every match ends with a predicate ("not true", "baseless") as a whole
    word, so a text without one has no match; most texts have none.  Every
    match starts with a word of ``_PREDICATE_OPENERS`` ("is", "were", "had",
    "'s"), so where the text has a predicate the pattern is tried only where
    one of them starts (:func:`.screens.matches_from`), not at each character.
    """
    preds = _predicate_words()
    if low is not None and preds is not None and not any(map(has_word, repeat(text), repeat(low), preds)):
        return ()
    if low is None:
        return _predicate_pattern().finditer(text)
    # every match opens with one of the openers at a word's start: the pattern is tried only there
    return matches_from(_predicate_pattern(), text, low, _PREDICATE_OPENERS)


@lru_cache(maxsize=1)
def _predicate_words() -> tuple[str, ...] | None:
    """The predicates of :func:`_predicate_pattern` (None: one is not ASCII, so no screen)."""
    preds = tuple(_cues().get("predicate", [])) + _POSSESSED_VERDICTS + tuple(sorted(_words("truth-word"))) + ("fact", "facts")  # "weren't true", "not based on fact"
    return preds if all(p.isascii() for p in preds) else None


@lru_cache(maxsize=1)
def _negation_parts() -> tuple[tuple[str, ...], ...] | None:
    """The words of each negation cue ("no ... had been": "no", "had been"), as :func:`_negation_patterns` reads them.

    None when one is not ASCII (no screen).  Longest first within a cue: the
    rarer word, so a cue fails on its first test more often.
    """
    parts = tuple(
        tuple(sorted((p.strip() for p in cue.split("...")), key=len, reverse=True)) for cue in _cues().get("negation", [])
    )
    return parts if all(w.isascii() and w for ws in parts for w in ws) else None


#: A run of word characters: what ``\b`` stands between (``str.isalnum`` or "_", as :mod:`.screens`).
_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _negation_word_sets() -> tuple[frozenset[str], ...] | None:
    """The words of each negation cue as a set ("no ... had been": {"no", "had", "been"}); None
    when :func:`_negation_parts` gives no screen or a cue has no word."""
    parts = _negation_parts()
    if parts is None:
        return None
    cues = tuple(frozenset(_WORD_RUN.findall(" ".join(ws))) for ws in parts)
    return cues if all(cues) else None


def _may_hold_negation(text: str, low: str, lo: int, hi: int) -> bool:
    """Some negation cue may have all its words in ``text[lo:hi]`` as whole words: a pattern may match there.

    The span's words are read once (runs of word characters of ``low``, the lower-case text) and
    each cue's words tested as a subset of them. A cue part found as a whole word or phrase is
    made of such runs, so this answers True wherever a word-by-word search would (now and then
    also where the phrase's words are there but apart; the patterns then decide, as they do
    after any pass of this screen).
    """
    sets = _negation_word_sets()
    if sets is None:
        return True
    words = set(_WORD_RUN.findall(low, lo, hi))
    return any(map(words.issuperset, sets))  # (``cue <= words`` for each cue, without a generator)


@lru_cache(maxsize=1)
def _untrue_pattern() -> re.Pattern[str]:
    """Saying that nothing of a claim is true (news style, written for this project)."""
    return re.compile(
        r"\b(?:none|nothing|no\s+part)\s+of\s+(?:this|that|it|these|those|(?:the|this|that|these|those|their|his|her)\s+[\w-]+)\s+(?:is|are|was|were)\s+(?:remotely\s+|even\s+)?true\b"
        r"|\bnothing\s+could\s+be\s+further\s+from\s+the\s+truth\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _calling_pattern() -> re.Pattern[str]:
    """call/label/brand/describe + a claim (a few words, or a claim noun and its "that" clause) + (as) a falsity word."""
    # longest first, then alphabetical: the same pattern whatever the hash seed
    falsity = "|".join(re.escape(w) for w in sorted(_words("falsity"), key=lambda w: (-len(w), w)))
    intensifiers = "|".join(re.escape(w) for w in sorted(_words("calling-intensifier"), key=lambda w: (-len(w), w)))
    return re.compile(
        r"\b(?:" + "|".join(_CALLING_VERBS) + r")\s+"
        # the claim may carry its "that" clause: 'called the idea that she had anything to hide "ridiculous"'
        r"(?P<what>(?:[\w’'-]+\s+){0,5}?[\w’'-]+|(?:the|this|that|these|those|his|her|their|its|such)\s+[\w’'-]+\s+that\s+(?:[\w’'-]+\s+){1,14}?[\w’'-]+)\s+(?:as\s+)?(?:an?\s+(?=['‘\"“]))?['‘\"“]?(?:an?\s+(?:pack\s+of\s+|tissue\s+of\s+|bunch\s+of\s+)?)?"
        # an intensifier before the verdict: 'called the story "complete nonsense"', "a total fabrication",
        # "a bald-faced lie" (the ``calling-intensifier`` class of ``denial_words.tsv``)
        r"(?:(?:" + intensifiers + r")(?:ly)?\s+)?"
        # one other judgement may come first: 'described the article as "speculative and inaccurate"'
        r"(?:[a-z-]+\s+and\s+)?(?:" + falsity + r")\b",
        re.IGNORECASE,
    )


def _headline_subject(doc: AnnotatedDocument, draft: Draft, verb: Token) -> str | None:
    """The actor mentioned right before the verb in its sentence ("Ministry Calls Claims ... Baseless")."""
    sent = doc.sentences[verb.sent]
    hits = draft.mentions_before(verb.start, limit=doc.tokens[sent.token_start].start)
    return hits[0][2] if hits else None


@lru_cache(maxsize=1)
def _post_words() -> frozenset[str]:
    """Posts one is dismissed from ("as manager"): the ``post`` class of ``event_cues.tsv`` and role titles."""
    from ..lexicons import titles

    posts = {r[0].lower() for r in rows("event_cues.tsv") if len(r) > 1 and r[1] == "post"}
    return frozenset(posts | {k[-1] for k, v in titles().items() if v == "role" and k})


def _names_post(doc: AnnotatedDocument, k: int, end: int) -> bool:
    """The words after "as" at token ``k`` name a post ("as manager", "as its chief executive")."""
    j = k
    while j < end and doc.tokens[j].pos in ("DET", "PRON"):
        j += 1
    last = None
    while j < end and (doc.tokens[j].pos in ("NOUN", "PROPN", "ADJ") or doc.tokens[j].text.lower() in _post_words()):
        last = doc.tokens[j]
        j += 1
    return last is not None and last.text.lower() in _post_words()


def _is_claim_word(t: Token) -> bool:
    return t.lemma.lower() in _claim_lemmas() or t.text.lower() in _words("claim-noun")


def _takes_claim(doc: AnnotatedDocument, t: Token, last: int, *, surface: bool = False) -> bool:
    """Whether the denial verb at ``t`` has a claim to deny (see the module docstring)."""
    strong = t.lemma.lower() in _words("self-sufficient") or t.text.lower().rstrip("sd") in ("deni", "deny")
    sent = doc.sentences[t.sent]
    if t.lemma.lower() in _words("with-verb") or base_form(t.text.lower(), _words("with-verb")) is not None:
        return _claim_after_with(doc, t, last)
    if t.lemma.lower() in _words("at-verb") or base_form(t.text.lower(), _words("at-verb")) is not None:
        return _claim_after_with(doc, t, last, prep="at")
    # "dismissed the report as baseless": a falsity word after "as" in the clause
    end = clause_end(doc, min(last + 1, sent.token_end - 1)) if last + 1 < sent.token_end else last + 1
    for k in range(t.i + 1, min(end, t.i + 12)):
        if doc.tokens[k].text.lower() == "as" and k + 1 < end and (
            any(doc.tokens[j].text.lower() in _words("falsity") for j in range(k + 1, min(end, k + 5)))
            # "dismissed X as ...": a dismissive verdict ("dismissed the report as propaganda",
            # "dismissed Estonia as being in the suburbs of ..."), unless "as" names a post
            # ("dismissed Smith as manager": fired from it)
            or t.lemma.lower() in ("dismiss", "wave", "brush", "laugh") and not _names_post(doc, k + 1, end)
        ):
            return True
    if doc.has_parse and not surface:
        if t.dep == "acl:relcl" and t.head is not None and _relative_claim_word(doc.tokens[t.head]):
            return True  # the claim is the clause's antecedent: "..., an accusation Moscow has denied", "a charge the group rejects"
        if t.dep == "acl" and t.head is not None and _relative_claim_word(doc.tokens[t.head]) and kids(doc, t.i, ("nsubj",)) and not kids(doc, t.i, ("obj", "dobj", "ccomp", "xcomp")):
            # a relative clause the parser read as the claim's content clause: "a claim that the agent strongly
            # disputes" has a subject and no object (the claim is it); "the claim that the agent rejected the offer" has one
            return True
        heads = (t.i, last) if last > t.i and doc.tokens[last].head == t.i else (t.i,)  # the parser may hang the object on the particle
        args = [c for h in heads for c in doc.children(h) if c.dep in ("obj", "dobj", "ccomp", "xcomp", "nsubj:pass", "obl", "obl:arg", "advcl")]
        for a in args:
            if a.dep == "ccomp" and doc.tokens[subtree_bounds(doc, a.i)[0]].text.lower() in _WH_OPENERS:
                continue  # "you cannot discount how important he is": a question's answer, no claim
            if a.dep == "ccomp" and doc.tokens[subtree_bounds(doc, a.i)[0]].text.lower() == "what" and not _said_thing(a):
                continue  # "discounted what my teams can do": a free relative names a claim only as something said (d9, stop 39)
            if a.dep == "ccomp" or (a.dep == "advcl" and any(m.text.lower() == "that" for m in doc.children(a.i))):
                return True  # "denied that he had met"
            if a.dep == "obl":
                case = next((c.text.lower() for c in doc.children(a.i) if c.dep == "case"), "")
                if case in ("against", "on", "at", "off", "aside") and (_is_claim_word(a) or content_clause(doc, a.i)):
                    return True  # "pushed back against reports", "fired back at complaints that ..."
                if case == "in" and strong and a.lemma.lower() in _words("medium") and content_clause(doc, a.i):
                    return True  # "denied in a statement that it had sold the land": the statement's clause is what is denied
                if case == "with" and t.lemma.lower() in _words("with-verb") and _is_claim_word(a):
                    return True  # "disagreed with the claim that ...": not "disagreed with the senator"
                if not case and last > t.i and a.i > last and _is_claim_word(a):
                    return True  # "Minister Brushes Off Claims of Fraud": the parser made the object an oblique after the particle
                continue
            # a noun with its that-clause ("rejected the notion that ..."); not an adverbial clause's own
            # complement ("dismissed the director after an inquiry found that ...": a firing)
            if a.dep == "advcl" and a.pos in ("VERB", "AUX"):
                continue  # an adverbial clause is no object, even when its verb is a claim word ("after he posted the data")
            if _is_claim_word(a) or content_clause(doc, a.i):
                return True
            if a.pos == "PRON" and a.text.lower() in _DEMONSTRATIVES:
                return (strong or t.lemma.lower() in _words("pointing-claim") or _claim_before(doc, t.start) is not None
                        or back_pointer_verb(t) and bare_pointer_after(doc, a.i, _words("medium")) and reported_claim_back(doc, t.start) is not None)
            if strong and a.dep in ("obj", "dobj", "xcomp", "nsubj:pass") and a.pos in ("NOUN", "VERB", "PROPN", "PRON"):
                return True  # "denied involvement", "denied using tear gas"
        return False
    # without a parse: a relative clause on a claim ("..., an accusation Moscow has denied", "a
    # charge the group rejected"; with "deny": "..., which Beijing has repeatedly denied"), a
    # passive's subject ("Claims of vote rigging were rejected by ..."), then the words up to the
    # next clause boundary
    if _surface_relative_claim(doc, t, strong):
        return True
    b = t.i - 1
    while b >= sent.token_start and doc.tokens[b].pos == "ADV":
        b -= 1
    if b - 1 >= sent.token_start and doc.tokens[b].text.lower() in _BE_FORMS:
        subject = range(_phrase_start(doc, b - 1), b)
        if any(_is_claim_word(doc.tokens[j]) and not _followed_by_for(doc, doc.tokens[j]) for j in subject):
            return True
        if _surface_passive_claim(doc, t) is not None:
            return True  # "Claims that the refinery had leaked into the bay were rejected by ..." (d10, stop 40)
        while b - 1 >= sent.token_start and doc.tokens[b - 1].pos in ("AUX", "ADV", "PART"):
            b -= 1  # "have been denied"
        head = doc.tokens[b - 1] if b - 1 >= sent.token_start else None
        nxt = doc.tokens[last + 1].text.lower() if last + 1 < sent.token_end else ""
        if head is not None and head.pos in ("NOUN", "PROPN") and not _is_claim_word(head) and head.text.lower() not in _words("evidence") and nxt != "that":
            return False  # "benefits that other workers have been denied": the workers are refused them
    seen_noun = False
    skip_to = 0
    for k in range(last + 1, min(end, last + 7)):
        w = doc.tokens[k]
        if k == last + 1 and w.text in QUOTE_MARKS:
            continue  # 'said it "categorically rejects" the accusations'
        if is_time_entity(doc, k):
            continue  # a day between the verb and its object is no object: "fired back | on Tuesday | at complaints"
        if w.text.lower() == "with":
            break  # a "with" phrase is the means, no claim: "fired back with a statement" (with-verbs are read above)
        if k < skip_to:
            continue
        if w.text.lower() == "in":
            medium = _medium_phrase_end(doc, k, end)
            if medium is not None:
                skip_to = medium  # where the denial was made, no claim: "shot back | in a statement |, saying ..."
                continue
        if w.text in ("'", "’") and k - 1 > last and doc.tokens[k - 1].text.lower().endswith("s"):
            continue  # a plural's possessive: "disputed the passengers' account"

        pointer = k == last + 1 and bare_pointer_after(doc, k, _words("medium"))  # "rejected that | on Wednesday." (d17, stop 47)
        if k == last + 1 and w.text.lower() == "that" and not pointer and not (k + 1 < sent.token_end and doc.tokens[k + 1].pos == "PUNCT"):
            return True
        if pointer:
            # "although Israel disputes this", "She denied it.": a pronoun standing for what was just said
            # (the parse reads "it" so too), or for a claim reported a few sentences before (d17, stop 47)
            return strong or t.lemma.lower() in _words("pointing-claim") or _claim_before(doc, t.start) is not None or back_pointer_verb(t) and reported_claim_back(doc, t.start) is not None
        if _is_claim_word(w):
            return True
        if w.pos == "NOUN" and w.lemma.lower() in _words("content-noun") and clause_follows(doc, k):
            return True  # "dismissed concerns that he was bucking the will of his state": the concern's content
        if w.pos == "VERB" and w.text.lower().endswith("ing") and k + 1 < end and _is_claim_word(doc.tokens[k + 1]):
            continue  # "hit back at doping claims": a gerund the tagger read as a verb modifies the claim noun
        if w.pos in ("PUNCT", "SCONJ") or (w.pos == "VERB" and not strong):
            break
        if w.pos == "ADP" and seen_noun and not strong:
            break  # the object's own phrase ends: "played down the importance | of the figures"
        seen_noun = seen_noun or w.pos in ("NOUN", "PROPN") and w.text.lower() not in _QUANTIFIERS  # "several of"
        if strong and w.pos in ("NOUN", "VERB", "PRON") and w.text.lower() not in ("it",):
            return True
        if strong and w.pos == "AUX" and k > last + 1:
            return True  # a complement clause without "that": "Kremlin Denies Putin Is Ill", "denied it was his"
    return False


def _told_claim(doc: AnnotatedDocument, k: int) -> tuple[int, int] | None:
    """The claim after an addressee phrase (:mod:`.denial_addressee`): the that-clause opening after
    token ``k`` ("denied to reporters that | he had met the envoy"), to its clause's end; None after "as"
    (the verdict names no claim of its own)."""
    if doc.tokens[k].text.lower() != "that" or k + 1 >= doc.sentences[doc.tokens[k].sent].token_end:
        return None
    hi = clause_end(doc, k + 1)
    return doc.tokens[k + 1].start, doc.tokens[hi - 1].end


def _said_thing(verb: Token) -> bool:
    """A free relative's verb makes it something said or believed ("disputed what the minister said",
    "rejected what the report claimed"), which a denial verb can deny; "what we can build" is none."""
    low = verb.lemma.lower()
    return low in _words("claiming-verb") or verb.text.lower() in _words("claiming-verb") or low in _claim_lemmas()


def _medium_phrase_end(doc: AnnotatedDocument, k: int, end: int) -> int | None:
    """The token after "in" + a determiner or modifiers + a ``medium`` noun at ``k`` ("in a
    statement", "in a televised interview"): the means of a denial, not its claim; else None."""
    toks = doc.tokens
    for j in range(k + 1, min(end, k + 4)):
        if toks[j].lemma.lower() in _words("medium") or toks[j].text.lower() in _words("medium"):
            return j + 1
        if toks[j].pos not in ("DET", "ADJ", "NOUN", "PRON"):
            return None
    return None


def _claim_after_with(doc: AnnotatedDocument, t: Token, last: int, prep: str = "with") -> bool:
    """A ``with-verb`` ("disagree") denies only a claim after "with", adverbs allowed before it:
    "disagreed sharply with the allegations"; not "disagreed with her colleague", nor "disagree on
    the claims" (they differ about them) or "agreed to disagree".  An ``at-verb`` ("bristle") the
    same with "at" ``prep``: "bristled at the suggestion that ...", not "bristled at the rules"."""
    sent_end = doc.sentences[t.sent].token_end
    k = last + 1
    while k < sent_end and doc.tokens[k].pos == "ADV":
        k += 1
    if k >= sent_end or doc.tokens[k].text.lower() != prep:
        return False
    for j in range(k + 1, min(sent_end, k + 7)):
        w = doc.tokens[j]
        if _is_claim_word(w):
            return True
        if w.pos == "VERB" and w.text.lower().endswith("ing") and j + 1 < sent_end and _is_claim_word(doc.tokens[j + 1]):
            continue  # "hit back at doping claims": a gerund the tagger read as a verb modifies the claim noun
        if w.pos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART") and w.text not in _POSSESSIVE:
            return False
    return False


def _relative_claim_word(t: Token) -> bool:
    """A claim noun, or a noun that names what someone said only as the antecedent of a relative
    clause with a denial verb ("..., a point that officials have disputed", "a position the
    court rejected"): ``relative-claim`` words, too vague to be claims elsewhere ("at one point")."""
    return _is_claim_word(t) or t.lemma.lower() in _words("relative-claim") or t.text.lower() in _words("relative-claim")


def _surface_relative_claim(doc: AnnotatedDocument, t: Token, strong: bool) -> bool:
    """Without a parse: the denial verb closes a relative clause whose antecedent is a claim noun
    ("an accusation | Moscow has denied") or, for "deny" and its kin, a clause ("..., which |
    Beijing has repeatedly denied"): its subject, then auxiliaries and adverbs, before the verb."""
    toks = doc.tokens
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k >= first and (toks[k].pos in ("AUX", "ADV", "PART") or _adverb_after_aux(doc, k)):
        k -= 1  # "has repeatedly", "have since"
    if k < first or not (toks[k].pos in ("NOUN", "PROPN", "PRON") or toks[k].pos == "ADJ" and k - 1 >= first and toks[k - 1].pos == "DET"):
        return False  # (an adjective after a determiner, right before the verb, is a noun the tagger misread: "the hospital")
    lo = _phrase_start(doc, k, preps=False)
    # the tagger runs the claim noun and the clause's subject into one phrase ("an accusation
    # Moscow"): the claim noun is followed by a determiner, a name or a pronoun opening the subject
    if any(_relative_claim_word(toks[j]) and toks[j + 1].pos in ("DET", "PROPN", "PRON") for j in range(lo, k)):
        return True
    if lo - 1 < first:
        return False
    before = toks[lo - 1]
    if before.pos == "DET" and lo - 2 >= first and _relative_claim_word(toks[lo - 2]) and not (lo - 3 >= first and toks[lo - 3].pos in ("VERB", "AUX")):
        return True  # "a point | the engineers have rejected": the subject's determiner after the claim noun
    if strong and before.text.lower() == "which" and lo - 2 >= first and toks[lo - 2].text == ",":
        return True
    if before.text.lower() in ("that", "which") and lo - 2 >= first and _relative_claim_word(toks[lo - 2]):
        return True  # "a claim that Gowdy's office strongly disputes"
    return _relative_claim_word(before) and not (lo - 2 >= first and toks[lo - 2].pos in ("VERB", "AUX"))


def _claim_subject(subject: str, claim: tuple[int, int] | None, *, evidence: bool = False) -> bool:
    """The subject of "... is not true" names a claim ("the report", "such claims") or points to one
    ("this", "that"); with ``evidence``, names a thing shown as proof ("the video is fake")."""
    words = [w.strip(".,\"'“”‘’").lower() for w in subject.split()]
    if evidence:
        evidence_nouns = _words("evidence")
        return any(w in evidence_nouns for w in words)
    lemmas, nouns = _claim_lemmas(), _words("claim-noun")
    if any(w in lemmas or w in nouns or w.endswith("s") and not w.endswith("ss") and w[:-1] in lemmas for w in words):
        return True  # (a plural of a claim lemma too: "those statements")
    # "this debate is misleading": a demonstrative with a noun that names no claim judges the thing named
    return bool(words) and words[0] in _DEMONSTRATIVES and (len(words) == 1 or claim is not None and not _names_thing(words[1:]))


#: Words after a demonstrative that point on to what was said rather than name a thing ("this
#: whole thing is false", "that part is not true").
_POINTER_WORDS = frozenset({"whole", "entire", "thing", "things", "stuff", "part", "bit", "one", "all", "kind", "sort", "business", "last", "first", "latest", "new"})


#: Words after a claim noun that say which claim it is ("the claims in her suit", "the report by the paper").
_CLAIM_MODIFIERS = frozenset({"in", "of", "about", "by", "from", "against", "that", "on"})


def _self_contained_claim(subject: str) -> bool:
    """A verdict's subject that names its claim with a claim noun and a phrase saying which ("all of
    the claims in the lawsuit are false"): the denied claim is the subject itself, not an earlier
    claim in the text, which only a bare "the report" or "this" points back to."""
    words = [w.strip(".,\"'“”‘’").lower() for w in subject.split()]
    lemmas, nouns = _claim_lemmas(), _words("claim-noun")
    for i, w in enumerate(words):
        if w in lemmas or w in nouns or w.endswith("s") and w[:-1] in lemmas:
            return any(x in _CLAIM_MODIFIERS for x in words[i + 1 :])
    return False


def _in_quotation(text: str, start: int, end: int) -> bool:
    """``start``..``end`` lies inside one quotation (:func:`.quotes.find_quotes`, every quote
    style): a speaker's own words, not a paraphrase or a finding."""
    from .quotes import find_quotes

    return any(q.start <= start and end <= q.end for q in find_quotes(text))


def _pointer_subject(subject: str) -> bool:
    """A demonstrative and words that only point back ("those things", "this whole thing", "that
    stuff"), naming no thing of their own: what someone said, when a speaker calls it false."""
    words = [w.strip(".,\"'“”‘’").lower() for w in subject.split()]
    return len(words) > 1 and words[0] in _DEMONSTRATIVES and not _names_thing(words[1:])


def _names_thing(words: list[str]) -> bool:
    """The words after a demonstrative name a thing ("this debate", "that plan"), not what was
    said ("this whole thing", "that last part")."""
    return any(w.isalpha() and w not in _POINTER_WORDS for w in words)


def _in_question(doc: AnnotatedDocument, offset: int) -> bool:
    """The sentence holding ``offset`` ends with a question mark (quotes after it allowed)."""
    t = doc.token_at(offset)
    if t is None:
        return False
    sent = doc.sentences[t.sent]
    k = sent.token_end - 1
    while k > t.i and doc.tokens[k].text in QUOTE_MARKS:
        k -= 1
    return doc.tokens[k].text == "?"


def _said_of_claim(doc: AnnotatedDocument, offset: int) -> tuple[int, int] | None:
    """The claim a speaker's verdict is said of, after the quote: '"Nothing could be further from
    the truth," the chairman said of claims that ...' (a speech verb, then "of" and a claim)."""
    t = doc.token_at(offset) or doc.token_at(offset + 1)
    if t is None:
        return None
    end = doc.sentences[t.sent].token_end
    for k in range(t.i, min(end - 1, t.i + 10)):
        if doc.tokens[k].text.lower() == "of" and doc.tokens[k - 1].lemma.lower() in ("say", "write", "tell"):
            return _claim_after(doc, doc.tokens[k + 1].start)
        if doc.tokens[k].text.lower() == "of" and _inverted_say(doc, k) is not None:
            return _claim_after(doc, doc.tokens[k + 1].start)  # "'Not True,' Says Coach of Transfer Rumor" (d13, stop 43)
    return None


def _inverted_say(doc: AnnotatedDocument, of: int) -> Token | None:
    """The "say" of an inverted frame whose speaker stands between it and the "of" at ``of``
    ("Says | Coach | of Transfer Rumor", "said the club's chairman of the reports"): at most four
    words of a noun phrase between."""
    lo = doc.sentences[doc.tokens[of].sent].token_start
    for j in range(of - 2, max(lo, of - 6) - 1, -1):
        w = doc.tokens[j]
        if w.lemma.lower() == "say" or w.text.lower() in ("say", "says", "said"):
            between = doc.tokens[j + 1 : of]
            if between and all(b.pos in ("DET", "ADJ", "NOUN", "PROPN") or b.text in _POSSESSIVE for b in between):
                return w
            return None
        if not (w.pos in ("DET", "ADJ", "NOUN", "PROPN") or w.text in _POSSESSIVE):
            return None
    return None


def _sentence_statement(doc: AnnotatedDocument, draft: Draft, offset: int):  # type: ignore[no-untyped-def]
    """The statement whose speech verb stands in the sentence of ``offset`` (the quote's speaker)."""
    t = doc.token_at(offset) or doc.token_at(offset + 1)
    if t is None:
        return None
    sent = doc.sentences[t.sent]
    lo, hi = doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end
    return next((st for st in draft.statements if st.cue is not None and lo <= st.cue.start < hi), None)


def _claim_after(doc: AnnotatedDocument, offset: int) -> tuple[int, int] | None:
    """A claim named a few words after ``offset`` ("... no truth whatsoever to these allegations")."""
    t = doc.token_at(offset) or doc.token_at(offset + 1)
    if t is None:
        return None
    end = doc.sentences[t.sent].token_end
    for k in range(t.i, min(end, t.i + 6)):
        w = doc.tokens[k]
        if _is_claim_word(w):
            start = k - 1 if k > t.i and doc.tokens[k - 1].text.lower() in _DEMONSTRATIVES | {"the"} else k
            return doc.tokens[start].start, w.end
        if w.text in QUOTE_MARKS:
            continue  # 'there was "no truth" in the reports'
        if w.pos in ("PUNCT", "VERB"):
            return None
    return None


def _subject_before(doc: AnnotatedDocument, offset: int) -> int:
    """Start of the short noun phrase before a predicate ("this report", "the reports of
    civilian casualties")."""
    t = doc.token_at(offset - 1) or doc.token_at(offset - 2)
    if t is None:
        return offset
    sent = doc.sentences[t.sent]
    head = noun_before_participle(doc, t.i, lambda w: _is_claim_word(w) or w.text.lower() in _words("evidence"))
    if head is not None:
        t = doc.tokens[head]  # "the letter | circulating online | was a forgery" (d19, stop 48)
    k = t.i
    owners = 0  # possessives crossed ("the claims in Podliska's suit"), not counted among the three words
    while k - 1 >= sent.token_start and (
        doc.tokens[k - 1].pos in ("DET", "ADJ", "NOUN", "PROPN", "PRON") and t.i - k - owners < 3
        or doc.tokens[k - 1].text in _POSSESSIVE and k - 2 >= sent.token_start and doc.tokens[k - 2].pos in ("NOUN", "PROPN")
    ):
        if doc.tokens[k - 1].text.lower() == "that" and k - 2 >= sent.token_start and _is_claim_word(doc.tokens[k - 2]):
            break  # "claims that | the election was fake": the claim's own clause, whose subject is not the claim
        if doc.tokens[k - 1].text.lower() == "that" and doc.tokens[k].pos == "DET":
            break  # "said ... that | the allegations had no merit": before a determiner "that" opens a clause (d9, stop 39)
        owners += doc.tokens[k - 1].text in _POSSESSIVE
        k -= 1
    if k - 2 >= sent.token_start and doc.tokens[k - 1].text.lower() in ("of", "in", "about") and (_is_claim_word(doc.tokens[k - 2]) or doc.tokens[k - 2].text.lower() in _words("evidence")):
        # across "of" to the claim it belongs to: "the reports of civilian casualties", "the claims in the lawsuit"
        k -= 2
        if k - 1 >= sent.token_start and doc.tokens[k - 1].pos == "DET":
            k -= 1
    if doc.tokens[k].pos not in ("DET", "NOUN", "PROPN", "PRON"):
        return offset
    return doc.tokens[k].start


#: Fixed phrases in which a claim noun names no claim: "in charge of the base" (d9, stop 39: a
#: quote's denial was given "charge of the CIA's base" as its claim).
_NON_CLAIM_IDIOMS = frozenset({("in", "charge")})


def _claim_before(doc: AnnotatedDocument, offset: int) -> tuple[int, int] | None:
    """The most recent "(a) report/claim that ..." before ``offset`` (3 sentences back)."""
    here = doc.token_at(offset)
    if here is None:
        return None
    first_sent = max(0, here.sent - 3)
    lo = doc.sentences[first_sent].token_start
    for k in range(here.i - 1, lo - 1, -1):
        t = doc.tokens[k]
        if k > 0 and (doc.tokens[k - 1].text.lower(), t.text.lower()) in _NON_CLAIM_IDIOMS:
            continue  # "the chief in charge of the base": no charge made
        if t.text.lower() in _words("claim-noun") and k + 1 < len(doc.tokens) and doc.tokens[k + 1].text.lower() in ("that", "of", "about"):
            start_k = k - 1 if k > 0 and doc.tokens[k - 1].pos == "DET" else k
            end_k = clause_end(doc, k + 2)
            comma = next((j for j in range(k + 2, end_k) if doc.tokens[j].text == ","), end_k)
            end_k = min(end_k, comma)
            if doc.tokens[end_k - 1].end > offset:
                end_k = k + 1
            return doc.tokens[start_k].start, doc.tokens[end_k - 1].end
    return None


def _attributive_verdict(doc: AnnotatedDocument, subject: str, m: re.Match[str]) -> bool:
    """A verdict word after a possessive that modifies the noun after it: "the senator's absurd and
    plainly wrong claim that ..." (the subject ends with the possessive, or the match read "'s" as
    "is"), not "That's absurd" (nothing follows) nor "the claim is absurd": the claim's owner, not
    a party calling it false, is the possessor."""
    possessive = subject.rstrip().endswith(("'s", "’s", "s'", "s’")) or m.group(0)[:2] in ("'s", "’s")
    last = doc.token_at(m.end() - 1)
    if not possessive or last is None:
        return False
    end = doc.sentences[last.sent].token_end
    k = last.i + 1
    while k < end and (doc.tokens[k].text.lower() == "and" or doc.tokens[k].pos in ("ADV", "ADJ")):
        k += 1  # "absurd and factually inaccurate | claim"
    return k < end and doc.tokens[k].pos == "NOUN"


def _suit_before(doc: AnnotatedDocument, offset: int) -> tuple[int, int] | None:
    """The lawsuit or complaint "it" stands for in a participle clause at ``offset`` after a comma:
    "attacked the complaint filed by a former aide, | calling it meritless" -- a suit is the claims
    it makes, so calling it baseless denies them (``legal-claim`` words; a claim noun is found by
    :func:`_claim_before`)."""
    here = doc.token_at(offset)
    if here is None or here.i == 0 or doc.tokens[here.i - 1].text != ",":
        return None
    lo = doc.sentences[here.sent].token_start
    for k in range(here.i - 2, lo - 1, -1):
        t = doc.tokens[k]
        if t.text.lower() in _words("legal-claim"):
            start_k = k - 1 if k > lo and doc.tokens[k - 1].pos == "DET" else k
            return doc.tokens[start_k].start, t.end
    return None


def _claim_in_frame(doc: AnnotatedDocument, lo: int, hi: int) -> tuple[int, int] | None:
    """A claim the words around a quote say it answers: '"I never said that," the minister said,
    responding to an article ...', '... the spokesman said when asked about the reports': a claim
    noun after a ``response-frame`` word and its preposition, in the quote's sentences but outside
    the quote (``lo``..``hi``).  "the minister said in a statement" names no claim answered."""
    first, last = doc.token_at(lo), doc.token_at(hi - 1)
    if first is None or last is None:
        return None
    toks = doc.tokens
    start, end = doc.sentences[first.sent].token_start, doc.sentences[last.sent].token_end
    frame = _words("response-frame")
    for k in range(start, end):
        w = toks[k]
        if lo <= w.start < hi or w.pos not in ("NOUN", "PROPN") or not _is_claim_word(w):
            continue
        j = k - 1
        while j >= start and k - j <= 4 and (toks[j].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or toks[j].text in _POSSESSIVE):
            j -= 1
        if j - 1 >= start and toks[j].text.lower() in ("to", "about", "on") and toks[j - 1].text.lower() in frame:
            return w.start, w.end
    return None


#: Negation cues that say an event did not occur ("never happened", "did not take place").
_OCCURRENCE_WORDS = ("happen", "place", "occur")


def _pointed_claim(doc: AnnotatedDocument, offset: int, cue: str) -> tuple[int, int] | None:
    """""That meeting never happened," the senator said: an occurrence denied of a subject opened
    by a demonstrative points to something claimed (the subject is the claim); "the meeting never
    took place because of the storm" states a fact."""
    if not any(w in cue.lower() for w in _OCCURRENCE_WORDS):
        return None
    start = _subject_before(doc, offset)
    words = doc.text[start:offset].split()
    if not words or words[0].strip("\"'“‘").lower() not in ("that", "this", "these", "those", "such"):
        return None
    return start, start + len(doc.text[start:offset].rstrip())


def _parsed_claim_subject(doc: AnnotatedDocument, offset: int) -> tuple[int, int] | None:
    """With a parse, the subject of a falsity verdict ending at ``offset`` when it is a claim noun
    heading a longer phrase than :func:`_subject_before` reads ("suggestions it had run out of
    reserves were 'wholly without foundation'"): the nsubj of the verdict or of its copula."""
    if not doc.has_parse:
        return None
    t = doc.token_at(offset - 1)
    for _ in range(3):
        if t is None:
            return None
        subj = [c for c in doc.children(t.i) if c.dep in ("nsubj", "nsubj:pass") and c.i < t.i]
        if subj:
            head = subj[0]
            if not _is_claim_word(head) or head.lemma.lower() == "claim" and _followed_by_for(doc, head):
                return None
            lo, hi = subtree_bounds(doc, head.i)
            return doc.tokens[lo].start, doc.tokens[hi].end
        t = doc.tokens[t.head] if t.head is not None else None
    return None


def _clausal_claim_subject(doc: AnnotatedDocument, copula: int) -> tuple[int, int] | None:
    """Without the parse's help: a claim noun with its own clause as the subject of the verdict's
    copula at character ``copula`` ("claims he had met the businessman at his house were 'simply
    false'", "allegations it had polluted the river were 'categorically untrue'").  The clause must
    have a verb of its own before the copula; else the copula is the clause's ("claims that the
    election was fake" calls nothing false); a claim noun with an of- or about-phrase and no verb
    ("reports of a secret deal with the rebels were 'pure fabrication'") is the subject as it
    stands.  Up to 14 words back, no comma or quote between."""
    t = doc.token_at(copula)
    if t is None:
        return None
    toks = doc.tokens
    first = doc.sentences[t.sent].token_start
    has_verb = False
    for k in range(t.i - 1, max(first - 1, t.i - 15), -1):
        w = toks[k]
        if w.text in (",", ";", ":", "(", ")") or w.text in QUOTE_MARKS:
            return None
        if (w.text.lower() in _words("claim-noun") or _is_claim_word(w) and w.pos == "NOUN") and k + 1 < t.i:
            nxt = toks[k + 1]
            opens = nxt.text.lower() == "that" or nxt.pos in ("PRON", "DET", "PROPN") and nxt.text.lower() not in ("it's",)
            if nxt.text.lower() in ("of", "about") and not has_verb:
                # "reports of a secret deal with the rebels were 'pure fabrication'": a claim noun and
                # its phrase, with no verb of its own, is the copula's subject
                start = k - 1 if k - 1 >= first and toks[k - 1].pos == "DET" else k
                return toks[start].start, toks[t.i - 1].end
            if opens and has_verb and not _followed_by_for(doc, w):
                start = k - 1 if k - 1 >= first and toks[k - 1].pos == "DET" else k
                return toks[start].start, toks[t.i - 1].end
            return None
        if w.pos in ("VERB", "AUX") and k < t.i:
            if w.lemma.lower() in ("say", "tell") or w.text.lower() in ("said", "says", "told"):
                return None  # "officials said the report was false": the saying's clause, read by the caller
            has_verb = True
    return None


def _proposal_subject(doc: AnnotatedDocument, start: int, end: int) -> bool:
    """The verdict's subject (characters ``start``..``end``) is headed by a proposal ("The idea of
    deporting millions", "the idea to close the schools"): its first claim word is a
    ``proposal-noun`` followed by "of", "to" or "for" (:func:`_names_proposal`)."""
    end = start + len(doc.text[start:end].rstrip())
    first, last = doc.token_at(start), doc.token_at(max(start, end - 1))
    if first is None or last is None:
        return False
    head = next((w for w in doc.tokens[first.i : last.i + 1] if _is_claim_word(w)), None)
    return head is not None and _names_proposal(doc, head)


def _followed_by_for(doc: AnnotatedDocument, t: Token) -> bool:
    """"a claim for compensation", "claims for damages": a demand for payment, not an assertion."""
    return t.i + 1 < len(doc.tokens) and doc.tokens[t.i + 1].text.lower() == "for"


@lru_cache(maxsize=1)
def _quoted_verdict_pattern() -> re.Pattern[str]:
    """A falsity verdict standing alone in quotes ("'Complete Nonsense'", "'Fake'"), one or two
    words before it allowed."""
    preds = sorted(_cues().get("predicate", []), key=len, reverse=True)
    body = "|".join(re.escape(p) for p in preds)
    # the opening quote first, then the look back at the space before it: a pattern that starts with a
    # character set is tried only where one of its characters is (a look-behind first was tried at
    # every position of the text, a third of the time of this step); the same matches
    return re.compile(r"['‘\"“](?<=\s.)(?:[A-Za-z]+\s+){0,2}(?:" + body + r")['’\"”]", re.IGNORECASE)
