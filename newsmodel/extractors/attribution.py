"""The attribution context shared by the statement, denial and event extractors.

It holds what every attribution rule needs to ask of one document: where
the quotes are, which actor a token refers to, and who the subject of a cue
is.  One is built per article, at the first :func:`context_for` (or
``draft.context``), and shared by every extractor after it; the mentions it
reads and adds are the draft's (:meth:`newsmodel.Draft.actor_at`,
:meth:`newsmodel.Draft.add_mention`), so every extractor sees the same ones.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..lexicons import cue_frames, cue_gap_words, gazetteer, group_nouns, org_nouns, speech_verbs, title_words, word_class
from .mentions import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    POSSESSIVES,
    QUOTE_CHARS,
    RELATIVE_PRONOUNS,
    THING_PRONOUNS,
    names_report_source,
)
from .apposed_subjects import opening_subject
from .time_asides import time_phrase_start
from .modified_subjects import modified_subject
from .relative_antecedents import apposed_person
from .compound_subjects import compound_subject
from .generic_agents import company_actor
from .indefinite_roles import holder_before
from .nominals import nominal_actor, nominal_kind, surname_in_s
from .plural_antecedents import PLURAL_KINDS, plural_antecedent
from .joined_parties import is_conjunct
from .pronouns import GenderCount, add_pronoun_mention, person_antecedent, pronoun_gender
from .extraposed_it import is_extraposed_it
from .quotes import find_quotes
from .tree import char_span, clause_subject, contiguous, noun_phrase, subtree, trim

#: Role nouns that speak for their owner ("the ministry's spokesman said": the ministry speaks).
_MOUTHPIECES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "representative", "aide"})

PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | {"i", "you", "we"}


#: Dashes that set off an aside ("The judge -- who ... -- said").
_DASHES = frozenset({"--", "—", "–"})

#: Prepositions whose object, a place, belongs to the noun before them ("officials in Ankara",
#: "Senator Ana Pike of Oregon": the senator speaks, not the state -- "of" only after a name, a16).
_LOCATIVE = frozenset({"in", "at", "from", "near", "inside", "across", "of"})


@dataclass
class Source:
    start: int
    end: int
    actor: str | None


@dataclass
class Attribution:
    cue: tuple[int, int] | None
    source: Source | None
    content: list[tuple[int, int]] = field(default_factory=list)
    kind: str = "indirect"
    confidence: float = 0.8


def can_speak(draft: Draft, actor_id: str | None) -> bool:
    """Places do not speak -- except a capital standing for its government
    ("Doha said", "Beijing has vowed"), as events let it act (issue 14)."""
    actor = draft.actor_fields(actor_id) if actor_id else None
    if actor is None or actor.kind != "location":
        return True
    hit = gazetteer().get(tuple(actor.name.split()))
    return hit is not None and hit[0] == "capital"


def is_cue_token(t: Token, doc: AnnotatedDocument | None = None) -> bool:
    """A speech/cognition verb; lower-case non-verbs count too, since the rules tagger can mislabel them.

    Given the document, such a non-verb does not count where the words around it make it a noun:
    after a determiner, possessive, number, adjective or noun ("his home state", "the TV show", "a
    new report") or before "of" ("the state of Ohio").
    """
    if t.lemma not in speech_verbs():
        return False
    if t.pos == "VERB":
        return True
    if t.pos not in ("NOUN", "ADJ", "X", "AUX") or t.text[:1].isupper():
        return False
    if doc is not None and t.pos == "NOUN":
        toks = doc.tokens
        prev = toks[t.i - 1] if t.i > 0 and toks[t.i - 1].sent == t.sent else None
        if prev is not None and (prev.pos in ("DET", "NUM", "ADJ", "NOUN", "PROPN") or prev.text.lower() in POSSESSIVES):
            return False
        if t.i + 1 < len(toks) and toks[t.i + 1].text.lower() == "of":
            return False
    return True



def context_for(doc: AnnotatedDocument, draft: Draft) -> "Context":
    """The draft's shared :class:`Context` (``draft.context``) when ``doc`` is the draft's document,
    else a Context of its own for ``doc`` (an extractor called by hand on another document)."""
    return draft.context if doc is draft.doc else Context(doc, draft)


class Context:
    """Per-document answers for the attribution rules; see :func:`context_for` for the shared one.

    Its own state depends only on the document's text (the quotes), so one
    instance serves every extractor of an article.
    """

    def __init__(self, doc: AnnotatedDocument, draft: Draft) -> None:
        self.doc = doc
        self.draft = draft
        self.text = doc.text
        self.quotes = find_quotes(doc.text)
        self.quoted = [False] * (len(doc.text) + 1)
        for q in self.quotes:
            self.quoted[q.open : q.close_end] = [True] * (q.close_end - q.open)
        #: The gender each mention shows, by (start, end), filled as :mod:`.pronouns` reads them.
        self.mention_genders: dict[tuple[int, int], str | None] = {}
        #: The person actors' gender votes, kept by :mod:`.pronouns`.
        self.gender_state: GenderCount | None = None
        #: Which tokens are plural people heads, as far as :mod:`.plural_people` asked (with the
        #: token list and its length they were read from).
        self.people_heads: tuple[list[Token], int, dict[int, bool]] | None = None

    def any_quoted(self, start: int, end: int) -> bool:
        """Some character of ``start:end`` is inside a quotation (marks included)."""
        return True in self.quoted[start:end]

    def through_open_quote(self, att: Attribution) -> None:
        """A content that opens a quotation runs to its close.

        "According to Brandt, “If it was left up to the mayor, ... . Because
        the criticism is ... .”": a parse gives one sentence, but the quoted
        words the cue introduces go on to the closing mark (or, unclosed, to
        the end of the paragraph).
        """
        start, end = att.content[-1]
        opens, order = self._quotes_by_open
        # the first quote (in list order) opening inside the content and closing after it
        inside = [k for k in order[bisect.bisect_left(opens, start) : bisect.bisect_left(opens, end)] if end < self.quotes[k].close]
        if inside:
            q = self.quotes[min(inside)]
            att.content[-1] = (start, q.close_end if q.closed else q.close)
            att.kind = "mixed"

    @cached_property
    def _quotes_by_open(self) -> tuple[list[int], list[int]]:
        """Quote opening offsets, sorted, and the list position of each quote."""
        pairs = sorted((q.open, k) for k, q in enumerate(self.quotes))
        return [o for o, _ in pairs], [k for _, k in pairs]

    def in_question(self, sent_index: int) -> bool:
        """The sentence is the writer's question (a final "?" outside any quote)."""
        doc = self.doc
        sent = doc.sentences[sent_index]
        last = sent.token_end - 1
        while last > sent.token_start and doc.tokens[last].text in QUOTE_CHARS:
            last -= 1
        return doc.tokens[last].text == "?" and not self.quoted[doc.tokens[last].start]

    def speaker(self, actor_id: str | None) -> str | None:
        """The actor a source speaks for, once places are ruled out (issue 14).

        A capital speaks for its government (:func:`can_speak`).  Another place
        the dictionaries know -- a region of the gazetteer, or a place with a
        code, as cities and provinces listed under their country have
        ("Cleveland" USA) -- is no speaker: the source is a dateline or a
        modifier the rules misread, and the statement keeps its source as
        written without a speaker.  A name no dictionary knows as a place, but
        that speaks ("Kasich said", "Politico reported"), is one the tagger
        took for a place; it is retyped ``other``.
        """
        if can_speak(self.draft, actor_id):
            return actor_id
        actor = self.draft.actor_fields(actor_id)
        if actor is None or actor.code or tuple(actor.name.split()) in gazetteer():
            return None
        self.draft.update_actor_fields(actor.id, kind="other")
        return actor.id

    # -- sources ----------------------------------------------------------------
    def source_at(self, first: int, last: int) -> Source | None:
        """A source mention among tokens first..last (inclusive), nearest the end."""
        toks = self.doc.tokens
        for k in range(last, first - 1, -1):
            t = toks[k]
            actor = self.draft.actor_at(t.start, t.end)
            if actor:
                span = self._mention_span(t, actor)
                mention_start = self.doc.token_at(span[0])
                held = holder_before(self.doc, self.draft, mention_start.i if mention_start is not None else k, actor)
                if held is not None:
                    # "A spokesman for the army said": the spokesman speaks, for the army (indefinite_roles)
                    return Source(self._mention_span(held[1], held[0])[0], span[1], held[0])
                return Source(span[0], span[1], actor)
            low = t.text.lower()
            if low in PRONOUNS and t.pos in ("PRON", "DET", "X", "NOUN", "PROPN"):
                return Source(t.start, t.end, self.resolve_pronoun(t))
            if low in RELATIVE_PRONOUNS and k > first:
                continue
            if t.lemma in group_nouns() or t.lemma in org_nouns() or low in group_nouns() or low in org_nouns():
                return self.nominal_source(t)
            if k == last and k == self.doc.sentences[t.sent].token_start and (
                t.pos in ("NOUN", "PROPN") and nominal_kind(t) == "group" or low in word_class("actor_words.tsv", "counting-adjective")
            ):
                # "Prosecutors said", "Many say": a bare plural for people or a quantifier opening the sentence
                if nominal_kind(t) == "group":
                    return self.nominal_source(t)
                actor = self.draft.actor_id_named(low, "group")
                self.draft.add_mention(actor, t.start, t.end)
                return Source(t.start, t.end, actor)
            if t.pos == "NOUN" and k > 0 and k == last and toks[k - 1].pos in ("DET",) and toks[k - 1].text.lower() != "that":
                return self.nominal_source(t)
            if t.pos == "PROPN" and k > 0 and k == last and toks[k - 1].text.lower() == "the" and nominal_kind(t) == "person":
                # "The Pope said", "the Cardinal said": a role the news capitalises, after "the", names one
                # person as a common noun does ("the general said"); the rules tagger reads it as a name
                # no gazetteer knows, so no actor was found (issue 14, helper a18 at stop 42)
                return self.nominal_source(t)
            if t.pos == "NOUN" and k > 1 and k == last and toks[k - 1].pos == "NUM" and toks[k - 1].text.isalpha() and toks[k - 2].pos == "DET":
                return self.nominal_source(t)  # "the two leaders": a number word between the article and the noun
            if t.pos == "NOUN" and k > 1 and k == last and toks[k - 1].text in ("'s", "’s") and nominal_kind(t) == "person" and low not in _MOUTHPIECES and (
                k + 1 >= len(toks) or toks[k + 1].text != ","
            ):
                # "The network's chairman said": the role after the possessive is the source, not its
                # owner (issue 14 batch 56, rules engine); a spokesman speaks for the owner, and a
                # name apposed after a comma is the person ("Germany's chancellor, Olaf Scholz, said")
                return self.nominal_source(t)
        return None

    def _mention_span(self, t: Token, actor: str) -> tuple[int, int]:
        for s, e, a in self.draft.mentions_between(t.start - 80, t.end + 80):
            if a == actor and s <= t.start < e:
                return s, e
        return t.start, t.end

    def nominal_source(self, t: Token) -> Source:
        """'the spokesman', 'the ministry', 'sources': a nominal source."""
        start = t.start
        if t.i > 0 and self.doc.tokens[t.i - 1].pos in ("DET", "ADJ", "NUM") and self.doc.tokens[t.i - 1].sent == t.sent:
            start = self.doc.tokens[t.i - 1].start
        actor = self.draft.actor_at(t.start, t.end)
        if actor is None:
            low = t.text.lower()
            if low in org_nouns() or t.lemma in org_nouns():
                actor = self.nearest_actor(t.start, kinds=("organization", "country"))
            elif low in ("spokesman", "spokeswoman", "spokesperson", "official"):
                through = t.i > 1 and self.doc.tokens[t.i - 2].text.lower() == "through"
                # "Schilling, through a spokeswoman, declined": the one who speaks through them
                actor = self.nearest_actor(t.start, kinds=("person",)) if through else self.role_holder_before(t.start, low)
            elif t.lemma in ("country", "nation"):
                actor = self.nearest_actor(t.start, kinds=("country",))
            if actor is None:
                prev = self.doc.tokens[t.i - 1].text.lower() if t.i > 0 else ""
                if prev in ("a", "an") and not (low in group_nouns() or t.lemma in group_nouns()):
                    # an indefinite noun ("a report", "a clear stance"): the
                    # source as written, with no actor invented for it
                    return Source(start, t.end, None)
                if t.pos == "PROPN" and surname_in_s(t):
                    # "Adams said": a surname the NER missed, not the plural of a common noun (batch 52)
                    actor = self.draft.actor_id_named(t.text, "person")
                    self.draft.add_mention(actor, t.start, t.end)
                    return Source(t.start, t.end, actor)
                if t.pos == "PROPN":
                    actor = company_actor(self.draft, t)  # "Facebook said": a company the tagger missed
                    if actor is not None:
                        self.draft.add_mention(actor, t.start, t.end)
                        return Source(t.start, t.end, actor)
                # a noun the lexicons do not type is still a source ("the newspaper"): a group
                actor = nominal_actor(self.draft, t, start, fallback="group")
            else:
                self.draft.add_mention(actor, start, t.end)
        return Source(start, t.end, actor)

    def role_holder_before(self, offset: int, noun: str) -> str | None:
        """The person "the spokesman" or "the official" refers back to: the nearest person before
        ``offset`` whose name or titles carry the role ("Kremlin spokesman Dmitry Peskov", "a senior
        official" met before), "spokes-" standing for any form of it. Not simply the nearest
        person: after "the minister said", "the spokesman said" is someone else, as a reader takes
        it (lead at stop 36)."""
        stem = "spokes" if noun.startswith("spokes") else noun
        text = self.doc.text
        for _s, e, a in self.draft.mentions_before(offset, limit=max(0, offset - 1500)):
            actor = self.draft.actor_fields(a)
            if actor is None or actor.kind != "person":
                continue
            if any(stem in w.lower() for w in (actor.name, *actor.titles)):
                return a
            apposed = text[e : min(offset, e + 60)]
            if apposed.startswith(",") and stem in apposed.split(",")[1].lower():
                return a  # "Dmitry Peskov, the Kremlin spokesman, said": the role in apposition
        return None

    def nearest_actor(self, offset: int, kinds: tuple[str, ...], *, skip_report_sources: bool = False, skip_joined: bool = False) -> str | None:
        """The nearest actor of one of ``kinds`` mentioned before ``offset``; with
        ``skip_report_sources``, not one an "according to" phrase names (a pronoun's antecedent);
        with ``skip_joined``, not one of parties joined by "and" (a pair is no "it": joined_parties)."""
        for s, e, a in self.draft.mentions_before(offset, limit=max(0, offset - 1500)):
            actor = self.draft.actor_fields(a)
            if actor is not None and actor.kind in kinds and not (skip_report_sources and names_report_source(self.text, s)):
                if skip_joined and is_conjunct(self.doc, self.draft, s, e):
                    continue
                return a
        return None

    def resolve_pronoun(self, t: Token) -> str | None:
        actor = self.draft.actor_at(t.start, t.end)
        if actor:
            return actor
        low = t.text.lower()
        if low == "you":
            # the addressee, not the speaker nor the last person named ('"You promised a raise,"
            # Quill told Ruiz'): no rule resolves it, so the source stays as written with no actor,
            # as on every engine (issue 14, helper a13 at stop 40)
            return None
        if pronoun_gender(low) is not None:
            # he/she: gender, quotations and the previous subject decide (:mod:`.pronouns`)
            actor = person_antecedent(self, t.start, low)
            if actor:
                add_pronoun_mention(self, actor, t.start, t.end)
            return actor
        kinds: tuple[str, ...] = ("person",)
        if low == "it" and is_extraposed_it(self.doc, t):
            return None  # "it would be wrong to expel ...": a placeholder, no actor (extraposed_it)
        if low in THING_PRONOUNS:
            kinds = ("organization", "country")
        elif low in ("they", "them", "their"):
            # a plural: never one person (PolNeAR train[:200]: 16 of 17 "they" put on a person
            # were wrong -- "Crapo and Risch ... they" is two of them, no one actor)
            kinds = PLURAL_KINDS
        elif low in GROUP_PRONOUNS:
            kinds = ("group", "organization", "country", "person")
        if kinds is PLURAL_KINDS:
            # not a noun after a preposition in an earlier sentence ("settled by the courts. They ...")
            actor = plural_antecedent(self.doc, self.draft, t.start, max(0, t.start - 1500), lambda s, a: a.kind in PLURAL_KINDS and not names_report_source(self.text, s))
        else:
            actor = self.nearest_actor(t.start, kinds, skip_report_sources=True, skip_joined=low in THING_PRONOUNS)
        if actor:
            self.draft.add_mention(actor, t.start, t.end)
        return actor

    def subject_of(self, cue: Token) -> Source | None:
        """The speaker of a cue verb: its parse subject, else the nearest mention before it."""
        doc = self.doc
        if doc.has_parse:
            subj = clause_subject(doc, cue.i)
            if subj is not None and not (subj.pos == "PRON" and subj.text.lower() in RELATIVE_PRONOUNS):
                return self.np_source(subj)
            if subj is None and cue.dep == "acl" and cue.tag == "VBN":
                return None  # "a box labeled “medical problem”": the noun is what is labeled, no one speaks
        sent = doc.sentences[cue.sent]
        k = cue.i - 1
        while k >= sent.token_start and (doc.tokens[k].text.lower() in cue_gap_words() or doc.tokens[k].pos in ("AUX", "ADV", "PART")):
            k -= 1
        if k < sent.token_start:
            return None
        # "The mayor earlier in the day said", "Pike just a week ago said": a time phrase is no
        # subject; the subject ends before it (.time_asides, h7 at stop 47)
        opening = time_phrase_start(doc, k, sent.token_start)
        while opening is not None:
            k = opening - 1
            while k >= sent.token_start and (doc.tokens[k].text.lower() in cue_gap_words() or doc.tokens[k].pos in ("AUX", "ADV", "PART")):
                k -= 1
            if k < sent.token_start:
                return None
            opening = time_phrase_start(doc, k, sent.token_start)
        stop = cue.i
        if doc.tokens[k].text in _DASHES and not doc.has_parse:
            # "The judge -- who has clashed with the mayor for weeks -- said": an aside set off by
            # dashes stands between the subject and its verb, as one set off by commas does; the
            # subject ends before the opening dash, never inside the aside (a18, stop 42)
            opening = next((x for x in range(k - 1, max(sent.token_start, k - 40) - 1, -1) if doc.tokens[x].text in _DASHES), None)
            if opening is not None and opening - 1 >= sent.token_start:
                k = stop = opening - 1
                while k >= sent.token_start and doc.tokens[k].text.lower() in cue_gap_words():
                    k -= 1
                if k < sent.token_start:
                    return None
        comma = next((x for x in range(k, stop) if doc.tokens[x].text == ","), None)
        if comma is not None:
            # "Lena Ortiz, the head of the union, which filed the suit, said": the phrase opening
            # the clause, not a noun inside its parentheticals (:mod:`.apposed_subjects`)
            opening = None if doc.has_parse else opening_subject(self, sent.token_start, comma)
            if opening is not None:
                return opening
            appositive = self._before_apposition(sent.token_start, comma)
            if appositive is not None:
                return appositive
        if not doc.has_parse:
            # "People familiar with the talks say": the plural opening the clause, not the noun that
            # ends its modifier (.modified_subjects, h7 at stop 47)
            modified = modified_subject(self, sent.token_start, k)
            if modified is not None:
                return modified
        # the subject ends right before the cue (modulo auxiliaries/adverbs)
        lo = max(sent.token_start, k - 6)
        for j in range(k, lo - 1, -1):
            t = doc.tokens[j]
            if t.text in QUOTE_CHARS or t.text in (",", ";", ":") and j < k:
                break
            if t.pos == "VERB" and j < k:
                break
            if j - 1 >= lo and doc.tokens[j - 1].text.lower() in _LOCATIVE and self._place(t) and (
                doc.tokens[j - 1].text.lower() != "of" or j - 2 >= lo and self.draft.actor_at(doc.tokens[j - 2].start, doc.tokens[j - 2].end) is not None
            ):
                continue  # "Officials in Kabul deny ...", "Senator Ana Pike of Oregon said": the place is not the head
            src = self.source_at(j, j)
            if src is None and j == k and not doc.has_parse and (cue.lemma in speech_verbs() or cue.lemma in cue_frames()):
                # "The farm group said", "but flood specialists say": a people or body noun heading
                # a compound, whose modifiers are no source (:mod:`.compound_subjects`)
                src = compound_subject(self, j, sent.token_start)
                if src is not None:
                    return src
            if src is not None:
                if src.actor is None and t.text.lower() in RELATIVE_PRONOUNS:
                    continue
                return self.widen_left(src, sent.token_start)
            if t.text.lower() in RELATIVE_PRONOUNS:
                # "Halvorsen, who said": the source as written is the pronoun,
                # the speaker its antecedent
                apposed = apposed_person(self, t, sent.token_start)  # "NAME, an analyst at the bank, who" (.relative_antecedents)
                if apposed is not None:
                    return Source(t.start, t.end, apposed)
                antecedent = self.source_at(max(sent.token_start, j - 8), j - 1)
                return Source(t.start, t.end, antecedent.actor) if antecedent is not None else None
        return None

    def _place(self, t: Token) -> bool:
        """``t`` mentions a place or a country (the object of "in Kabul", "from Iran")."""
        actor = self.draft.actor_fields(self.draft.actor_at(t.start, t.end))
        return actor is not None and actor.kind in ("location", "country")

    def widen_left(self, src: Source, first: int) -> Source:
        """Grow a source leftwards over its titles and modifiers, as written.

        Without a parse the mention is only the name ("Mitch McConnell");
        the source as written is "Senate Majority Leader Mitch McConnell" or
        "the Democratic presidential nominee".
        """
        doc = self.doc
        tok = doc.token_at(src.start)
        if tok is None or tok.pos == "PRON":
            return src  # "In 2010 she said": a pronoun takes no modifiers
        k = tok.i - 1
        start = src.start
        while k >= first and tok.i - k <= 6:
            t = doc.tokens[k]
            if t.pos in ("DET", "ADJ", "NUM", "PROPN") or (t.pos == "NOUN" and t.text[:1].isupper()) or t.text.lower() in title_words():
                if t.text.lower() in ("that", "this", "which", "who"):
                    break
                start = t.start
                k -= 1
                continue
            break
        return Source(start, src.end, src.actor) if start != src.start else src

    def _before_apposition(self, first: int, comma: int) -> Source | None:
        """``Ostrander, a Moreno surrogate, said``: the name before an apposition.

        ``comma`` closes the apposition; the one that opens it must follow a
        mention that starts the clause.  The source spans name and apposition.
        """
        doc = self.doc
        j = self._comma_before(first, comma)
        while j > first and doc.tokens[j].text == "," and self._city_state(j, comma):
            # "Rita Holm, the mayor of Dayton, Ohio, said": the comma inside "Dayton, Ohio"
            # opens no apposition; the place belongs to the phrase before it (a14)
            j = self._comma_before(first, j)
        if j <= first or doc.tokens[j].text != "," or comma - j < 2:
            return None
        opener = doc.tokens[j + 1]
        # "The governor, asked about the strike, said": a participle aside, not part of the source
        aside = opener.pos == "VERB" and opener.text.lower().endswith(("ed", "ing"))
        # "The mayor, who called on residents to stay indoors, said": a relative clause,
        # part of the source as PolNeAR marks it, whose nouns do not speak
        relative = opener.text.lower() in ("who", "whose", "which")
        if not (aside or relative) and opener.pos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and opener.text.lower() not in ("a", "an", "the"):
            return None
        name = self.source_at(max(first, j - 5), j - 1)
        if name is None or not name.actor:
            return None
        name_tok = doc.token_at(name.start)
        if name_tok is None or any(doc.tokens[x].text in (",", ";", ":") or doc.tokens[x].pos == "VERB" for x in range(first, name_tok.i)) and name_tok.i - first > 4:
            return None
        return name if aside else Source(name.start, doc.tokens[comma - 1].end, name.actor)

    def _comma_before(self, first: int, comma: int) -> int:
        """The nearest comma, semicolon or colon before token ``comma`` (at most 30 tokens back),
        else the token where the search stopped."""
        doc = self.doc
        j = comma - 1
        while j > first and doc.tokens[j].text not in (",", ";", ":") and comma - j <= 30:
            j -= 1
        return j

    def _city_state(self, j: int, comma: int) -> bool:
        """Tokens ``j+1 .. comma-1`` are names ending in a place, and a name ends right before
        comma ``j``: the second half of "Dayton, Ohio", set off by commas as news style writes
        it (the city need not be known: the rules engine may read an unknown one as a person)."""
        doc = self.doc
        if j < 1 or comma - j < 2 or doc.tokens[j - 1].pos != "PROPN":
            return False
        segment = doc.tokens[j + 1 : comma]
        return len(segment) <= 3 and all(t.pos == "PROPN" for t in segment) and self._place(segment[-1])

    def np_source(self, head: Token, *, exclude: int | None = None, span: tuple[int, int] | None = None) -> Source:
        """The source span (the whole noun phrase, or ``span`` when given) and its resolved actor."""
        doc = self.doc
        if span is None and exclude is not None:
            # the antecedent of a relative clause, without it and without a
            # preposition the antecedent's phrase opened with ("with Nadia Kerr, who ...")
            case = {c.i for c in doc.children(head.i) if c.dep == "case" and c.i < head.i}
            idx = subtree(doc, head.i, exclude=frozenset({exclude} | case))
            lo, hi = contiguous(doc, idx, head.i)
            span = trim(doc, lo, hi, keep_quotes=False) or (head.i, head.i)
        elif span is None:
            span = noun_phrase(doc, head.i)
        start, end = char_span(doc, *span)
        # markup glued to the first word ('">Okafor' from scraped HTML) is not part of the name
        while start < end - 1 and not self.text[start].isalnum() and self.text[start] != "(":
            start += 1
        actor = self._actor_of(head, span)
        return Source(start, end, actor)

    def resumed_content(self, after: int) -> tuple[int, int] | None:
        """The content that resumes after an interrupting cue: "A, he said, *B*."

        ``after`` is the last token of the cue phrase (cue or source, which
        ever comes later).  When a comma follows it and the sentence goes on
        without another quote or cue, the rest of the sentence is the second
        fragment of the content.
        """
        doc = self.doc
        t = doc.tokens[after]
        sent = doc.sentences[t.sent]
        k = after + 1
        if k >= sent.token_end or doc.tokens[k].text != ",":
            return None
        lo, hi = k + 1, sent.token_end - 1
        while hi >= lo and doc.tokens[hi].pos == "PUNCT" and doc.tokens[hi].text not in QUOTE_CHARS:
            hi -= 1
        if hi - lo < 2:
            return None
        for j in range(lo, hi + 1):
            tj = doc.tokens[j]
            if self.quoted[tj.start] or tj.text in QUOTE_CHARS:
                return None
            if j == lo and (tj.pos == "VERB" and tj.text.lower().endswith("ing") or tj.text.lower() in ("according", "as", "who", "which", "but", "and")):
                return None  # "..., adding that", "..., according to": not a resumption
        return doc.tokens[lo].start, doc.tokens[hi].end

    def _actor_of(self, head: Token, span: tuple[int, int]) -> str | None:
        """The actor a source phrase refers to: its head's mention, else the first mention inside it."""
        found = self.source_at(head.i, head.i)
        if found is not None and found.actor and can_speak(self.draft, found.actor):
            return found.actor
        doc = self.doc
        for k in range(span[0], span[1] + 1):
            a = self.draft.actor_at(doc.tokens[k].start, doc.tokens[k].end)
            if a and can_speak(self.draft, a):
                return a  # "WASHINGTON -- President Obama": the person, not the dateline
        if found is not None and found.actor:
            return found.actor
        if head.pos in ("NOUN", "PROPN"):
            # "The Florida senator": the senator, not the place that modifies him
            return self.nominal_source(head).actor
        return None
