"""The antecedent of a personal pronoun ("he said", "she denied"): gender, quotes and salience.

Taking the nearest person mention before "he" goes wrong in three common
news shapes (measured on a PolNeAR train slice, ``scripts/pronoun_slice.py``):

* gender: "Lena Okafor says Paul Reyes cannot name one. *She* says ..." -- the
  nearest person is a man.  A person's gender is read from an honorific or
  gender-marked word right before one of its mentions ("Mrs.", "Ms.",
  "actress", "Congressman" -- lexicon ``gender_words.tsv``), from the given
  name (1990 US Census lists, ``first_names.tsv``; names given to both sexes
  are left out) and from the pronouns already resolved to it (the
  document's own chain, built in text order).  A person of the other gender
  is no antecedent; an unknown one may be, but a "she" prefers a woman
  named shortly before.
* salience: "Becker says Price has a record. *He* warns ..." -- the
  pronoun opening a sentence continues the previous sentence's subject,
  not its object.  In an earlier sentence the antecedent is the subject
  (the parse's ``nsubj``; without a parse, a name a verb follows), then
  the first that is neither a modifier ("the Ohio senator") nor the
  object of a preposition.  Within the pronoun's own sentence a subject
  "he"/"she" takes the nearest subject when there is one ("Hale told
  the newspaper that he ..."); otherwise the nearest mention stays ("When I
  called Marsh, he replied").  An object "him"/"her" is not the subject
  of its own clause ("Reyes thanked him").
* quotations: "Davies said: 'Ellison is wrong.' *He* added ..." --
  a name inside quoted words is the speaker's topic, not the narrative's;
  outside a quotation, mentions inside one are no antecedents.
* own clause and owner (issue 14, e63 at stop 42, PolNeAR train): a subject he/she takes a
  subject of its own sentence before an earlier woman, unless the sentence names someone of
  the pronoun's known gender; an intensive "Okoro herself" is the name before it; the he/she
  opening the that-clause of a statement noun ("Lowe's claim that he ...") is its owner; a
  possessive whose nearest name is a prepositional object of another clause takes its own
  clause's subject ("ignored attacks from Lind and was mild in his criticism": not Lind).
  Plural pronouns are :mod:`.plural_antecedents`.
* the speaker (issue 14, e80 at stop 46): a he/she inside a quotation is not the speaker its
  frame names ('"The mayor criticized *him*," Ruiz said': not Ruiz), :mod:`.quote_speakers`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, Collection

from ..document import Token
from ..lexicons import title_words, word_class
from .quote_speakers import quote_speaker

if TYPE_CHECKING:
    from ..draft import Draft, Mention
    from ..schema import Actor
    from .attribution import Context

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})

#: How far back (characters) an antecedent is looked for, as ``Context.nearest_actor`` does.
_WINDOW = 1500
#: A "she" prefers a person known to be a woman named within this many sentences.
_KNOWN_FEMALE_SENTENCES = 3


def pronoun_gender(word: str) -> str | None:
    """``"m"`` for he/him/his/himself, ``"f"`` for she/her/hers/herself, else None."""
    low = word.lower()
    return "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None


@lru_cache(maxsize=16384)
def word_gender(word: str) -> str | None:
    """The gender a word says ("m" or "f"; ``gender_words.tsv``: "actress", "Mrs."), else None.

    Kept per word: the gender count reads up to four words before every mention of a person."""
    low = word.lower().rstrip(".")
    if low in word_class("gender_words.tsv", "male"):
        return "m"
    if low in word_class("gender_words.tsv", "female"):
        return "f"
    return None


def mention_gender(ctx: "Context", start: int, end: int) -> str | None:
    """The gender one mention shows: a gendered pronoun, or a gendered word right before the name.

    "Mrs. Dana Reyes", "actress Dana Reyes", "Former Congresswoman Reyes": the
    words before the name's last word are read back over titles and
    capitalised words (at most four), within the sentence.
    """
    doc = ctx.doc
    g = pronoun_gender(ctx.text[start:end])
    if g is not None:
        return g
    last = doc.token_at(end - 1)
    if last is None:
        return None
    if last.pos == "NOUN" and last.text[:1].islower():
        g = word_gender(last.text)  # a role noun heading the mention: "the actress", "the businessman"
        if g is not None:
            return g
    first = doc.sentences[last.sent].token_start
    k = last.i - 1
    while k >= first and last.i - k <= 4:
        t = doc.tokens[k]
        g = word_gender(t.text)
        if g is not None:
            return g
        if not (t.text[:1].isupper() or t.text.lower().rstrip(".") in title_words() or t.text == "."):
            break
        k -= 1
    return None


@lru_cache(maxsize=16384)
def name_gender(name: str) -> str | None:
    """The gender a person's given name shows ("Maria Lopez": f), by the census lexicon
    ``first_names.tsv``; None for a one-word name or a given name the lexicon leaves out.

    Kept per name: the gender count reads every person's name (and aliases) once per document,
    and the same names come back mention after mention and article after article."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].lower().rstrip(".")
    if first in word_class("first_names.tsv", "male"):
        return "m"
    if first in word_class("first_names.tsv", "female"):
        return "f"
    return None


#: Votes of one kind of evidence: a gendered word before the name or the given name outweigh
#: one pronoun resolved to the actor (which may have been resolved wrongly).
_WORD_WEIGHT, _NAME_WEIGHT = 3, 2


def _is_person(draft: "Draft", actor: str) -> bool:
    fields = draft.actor_fields(actor)
    return fields is not None and fields.kind == "person"


class GenderCount:
    """The gender votes :func:`actor_genders` counts, kept up to date as the draft grows.

    Counting every mention's vote again whenever mentions were added (as each
    extractor that resolves a pronoun adds some) made the resolver's work grow
    with the square of the text.  The count instead reads what the draft logged
    since the last count (:meth:`Draft.changes_since`): the mentions added,
    the actors added and those whose fields changed (a name's vote is read
    again).  It counts everything again only when the draft re-indexed its
    actors (some removed or replaced), when an actor became a person or
    stopped being one, or after a pronoun vote for an actor not counted as a
    person (:func:`add_pronoun_mention`): then its mentions' votes change.
    The answer is a full count's at every step.
    """

    __slots__ = ("count", "mark", "mention_votes", "names", "persons", "known", "stale")

    def __init__(self) -> None:
        self.count = -1  # the draft's mention count when last counted
        self.mark: tuple[int, int, int, int] = (-1, 0, 0, 0)  # the draft's change mark then
        self.mention_votes: dict[str, list[int]] = {}  # actor -> [male, female] votes of its mentions
        self.names: dict[str, list[Any]] = {}  # actor -> [entries with its id, its name's gender]
        self.persons: dict[str, bool] = {}  # actor -> a person when counted
        self.known: dict[str, str] = {}  # actor -> "m" or "f"
        self.stale = True  # count everything at the next update

    def update(self, ctx: "Context") -> None:
        """Bring the votes up to date with the draft (everything, or only what changed)."""
        draft = ctx.draft
        changes = None if self.stale else draft.changes_since(self.mark)
        if changes is None or not self._catch_up(ctx, *changes):
            self._count_all(ctx)
        self.count = draft.mention_count
        self.mark = draft.change_mark()
        self.stale = False

    def _count_all(self, ctx: "Context") -> None:
        draft = ctx.draft
        self.mention_votes, self.names, self.persons, self.known = {}, {}, {}, {}
        for s, e, a in draft.mentions:
            self._vote(ctx, s, e, a)
        for a in draft.actor_ids:
            self._name_vote(draft, a)
        for a in self.persons:
            self._settle(a)

    def _catch_up(self, ctx: "Context", mentions: list[Mention], added: list[str], changed: list[str]) -> bool:
        """Count what changed; False when only counting everything again is right."""
        draft, persons = ctx.draft, self.persons
        touched = set()
        for a in changed:
            if persons.get(a, _is_person(draft, a)) != _is_person(draft, a):
                return False  # a kind changed: its mentions' votes come or go
            names = self.names.get(a)
            if names is not None:
                fields = draft.actor_fields(a)
                names[1] = _actor_name_gender(fields) if fields is not None else None
                touched.add(a)
        for a in added:
            if persons.get(a, _is_person(draft, a)) != _is_person(draft, a):
                return False  # mentions of this id were counted before it was a person
            self._name_vote(draft, a)
            touched.add(a)
        for s, e, a in mentions:
            self._vote(ctx, s, e, a)
            touched.add(a)
        for a in touched:
            self._settle(a)
        return True

    def _vote(self, ctx: "Context", start: int, end: int, actor: str) -> None:
        person = self.persons.get(actor)
        if person is None:
            person = self.persons[actor] = _is_person(ctx.draft, actor)
        if not person:
            return  # only people have a gender to read
        cache = ctx.mention_genders
        key = (start, end)
        if key not in cache:
            cache[key] = mention_gender(ctx, start, end)
        g = cache[key]
        if g is not None:
            v = self.mention_votes.setdefault(actor, [0, 0])
            v[0 if g == "m" else 1] += 1 if pronoun_gender(ctx.text[start:end]) else _WORD_WEIGHT

    def _name_vote(self, draft: "Draft", actor: str) -> None:
        """One more actor with this id (its name votes once per actor, as every id is read)."""
        fields = draft.actor_fields(actor)
        person = self.persons[actor] = fields is not None and fields.kind == "person"
        names = self.names.setdefault(actor, [0, None])
        names[0] += 1
        names[1] = _actor_name_gender(fields) if person and fields is not None else None

    def _settle(self, actor: str) -> None:
        """The actor's gender from its votes: the majority; a tie leaves it unknown."""
        m, f = self.mention_votes.get(actor, (0, 0))
        names = self.names.get(actor)
        if names is not None and names[1] is not None and self.persons.get(actor):
            if names[1] == "m":
                m += _NAME_WEIGHT * names[0]
            else:
                f += _NAME_WEIGHT * names[0]
        if m != f:
            self.known[actor] = "m" if m > f else "f"
        else:
            self.known.pop(actor, None)

    def add_pronoun(self, ctx: "Context", actor: str, start: int, end: int) -> None:
        """Count the pronoun just added as a mention of ``actor`` (the draft's one new mention)."""
        g = pronoun_gender(ctx.text[start:end])
        ctx.mention_genders[(start, end)] = g
        if g is not None:
            v = self.mention_votes.setdefault(actor, [0, 0])
            v[0 if g == "m" else 1] += 1
            if not self.persons.get(actor):
                self.stale = True  # a vote a full count would not give: count everything next time
            self._settle(actor)
        generation, mentions, actors, changed = self.mark
        self.count += 1
        self.mark = (generation, mentions + 1, actors, changed)


def _actor_name_gender(fields: "Actor") -> str | None:
    return name_gender(fields.name) or next(filter(None, map(name_gender, fields.aliases)), None)


def actor_genders(ctx: "Context") -> dict[str, str]:
    """Each person actor's gender as the document shows it so far ("m" or "f"; unknown left out;
    the mapping is the context's own, not to be changed by the caller).

    Evidence votes: the given name (:func:`name_gender`), a gendered word
    before a mention, and each pronoun already resolved to the actor (the
    document's chain).  An actor with votes for both, as a wrong earlier
    resolution may leave, takes the majority; a tie leaves it unknown.

    The votes are brought up to date (:class:`GenderCount`) only when mentions
    were added since the last count by someone else than
    :func:`add_pronoun_mention` (which counts its own).
    """
    state = ctx.gender_state
    if state is None:
        state = ctx.gender_state = GenderCount()
    if state.count != ctx.draft.mention_count:
        state.update(ctx)
    return state.known


def add_pronoun_mention(ctx: "Context", actor: str, start: int, end: int) -> None:
    """Record the pronoun ``text[start:end]`` as a mention of ``actor``, and its vote for the
    actor's gender in the counts :func:`actor_genders` keeps (no recount for each pronoun)."""
    draft = ctx.draft
    before = draft.mention_count
    draft.add_mention(actor, start, end)
    state = ctx.gender_state
    if state is None or state.count != before or draft.mention_count != before + 1:
        return
    state.add_pronoun(ctx, actor, start, end)


def _is_subject(ctx: "Context", start: int, end: int) -> bool:
    """The mention is a clause subject: by the parse ("nsubj", "nsubjpass"); without one, a
    name a verb follows ("Becker says", "Hale went after Ruiz")."""
    doc = ctx.doc
    last = doc.token_at(end - 1)
    if last is None:
        return False
    if doc.has_parse:
        return last.dep.startswith("nsubj")
    k = last.i + 1
    if k >= len(doc.tokens) or doc.tokens[k].sent != last.sent:
        return False
    nxt = doc.tokens[k]
    if nxt.text == ",":
        # "Kasich, a Republican contender, predicted", "Groberg, 33, said": a name, its apposition
        # opened by an article or an age, then its verb (not "Cambridge, Mass., said": a place's state)
        sent_end = doc.sentences[last.sent].token_end
        close = next((j for j in range(k + 2, min(sent_end, k + 14)) if doc.tokens[j].text == ","), None)
        if close is None or close + 1 >= sent_end or doc.tokens[k + 1].pos not in ("DET", "NUM") or _after_preposition(ctx, start):
            return False  # "Zeldin of New York, a Trump supporter, said": the apposition is Zeldin's
        nxt = doc.tokens[close + 1]
    # a participle after a noun modifies it ("a ban on migrants entering the country")
    return nxt.pos == "AUX" or nxt.pos == "VERB" and not nxt.text.lower().endswith("ing")


#: Conjunctions that open a subordinate clause: its subject is not the sentence's main subject.
_SUBORDINATORS = frozenset({"if", "when", "because", "although", "though", "unless", "while", "since", "after", "before", "whether"})


def _subordinate_subject(ctx: "Context", start: int) -> bool:
    """The mention opens a subordinate clause ("... will take every state if Sanders wins"): a
    later "he" continues the main clause's subject, not this one."""
    doc = ctx.doc
    tok = doc.token_at(start)
    return tok is not None and tok.i > 0 and doc.tokens[tok.i - 1].text.lower() in _SUBORDINATORS


def _is_modifier(ctx: "Context", end: int) -> bool:
    """A name used as a modifier, a common noun right after it ("the Ohio senator",
    "Ohio voters"): the tagger may call such a place a person, but it is no antecedent."""
    doc = ctx.doc
    last = doc.token_at(end - 1)
    k = last.i + 1 if last is not None else len(doc.tokens)
    return k < len(doc.tokens) and doc.tokens[k].pos == "NOUN" and doc.tokens[k].text[:1].islower()


def _after_preposition(ctx: "Context", start: int) -> bool:
    """The mention is the object of a preposition ("with the envoy Ruiz", "by Hale")."""
    doc = ctx.doc
    tok = doc.token_at(start)
    return tok is not None and tok.i > 0 and doc.tokens[tok.i - 1].pos == "ADP"


def _object_pronoun(ctx: "Context", pron: Token) -> bool:
    """"him", or "her" not followed by its noun: an object pronoun ("Marsh gave her a seat")."""
    low = pron.text.lower()
    if low == "him":
        return True
    if low != "her":
        return False
    doc = ctx.doc
    if doc.has_parse:
        return pron.dep != "poss"
    k = pron.i + 1
    return not (k < len(doc.tokens) and doc.tokens[k].pos in ("NOUN", "ADJ", "PROPN", "NUM"))


def _same_clause(ctx: "Context", cand_end: int, pron: Token) -> bool:
    """The candidate ends in the pronoun's clause, with only a verb and adverbs between
    ("Marsh again gave her"): an object pronoun is not its own clause's subject."""
    doc = ctx.doc
    last = doc.token_at(cand_end - 1)
    if last is None or last.sent != pron.sent or pron.i - last.i > 4:
        return False
    between = doc.tokens[last.i + 1 : pron.i]
    return any(t.pos == "VERB" for t in between) and all(t.pos in ("VERB", "AUX", "ADV", "PART") for t in between)


def _own_subject_span(ctx: "Context", pron: Token) -> tuple[int, int] | None:
    """The character span of the subject of an object pronoun's own clause, by the parse: "Both
    her husband, X, and her daughter, Y, also stumped for *her*" -- a personal pronoun that is an
    object never stands for its own clause's subject (or a part of it: Y), which would be "herself"
    (binding: the pronoun is free in its clause).  The verb is the pronoun's nearest verbal head;
    its subject is read through coordination and control (``tree.clause_subject``).  None without a
    parse or a subject."""
    doc = ctx.doc
    if not doc.has_parse or not (pron.dep in ("obj", "iobj", "dobj") or pron.dep.startswith("obl")):
        return None  # a possessive ("her speech") may be the subject's own
    from .tree import SUBJECT_DEPS, clause_subject, subtree_bounds

    # the clause's head: the nearest verb, or a predicate with a subject of its own ("have been
    # fair to him": "fair")
    k, steps = pron.head, 0
    while k is not None and steps < 3 and doc.tokens[k].pos not in ("VERB", "AUX") and not any(
        c.dep in SUBJECT_DEPS for c in doc.children(k)
    ):
        nxt = doc.tokens[k].head
        k = None if nxt == k else nxt
        steps += 1
    if k is None:
        return None
    subject = clause_subject(doc, k)
    if subject is None or subject.i == pron.i:
        return None
    lo, hi = subtree_bounds(doc, subject.i)
    if lo <= pron.i <= hi:
        return None
    return doc.tokens[lo].start, doc.tokens[hi].end


def _name_right_before(ctx: "Context", pron: Token, gender: str | None, genders: dict[str, str], allowed: Collection[str] | None) -> str | None:
    """The person whose mention ends right before ``pron`` (no word between), of no other gender."""
    prev = ctx.doc.tokens[pron.i - 1]
    if prev.sent != pron.sent:
        return None
    a = ctx.draft.actor_at(prev.start, prev.end)
    fields = ctx.draft.actor_fields(a) if a else None
    if fields is None or fields.kind != "person" or allowed is not None and a not in allowed:
        return None
    return a if gender is None or genders.get(a, gender) == gender else None


def _statement_owner(ctx: "Context", pron: Token, gender: str | None, genders: dict[str, str], allowed: Collection[str] | None) -> str | None:
    """The owner of a statement noun whose that-clause the pronoun opens: "Lowe's claim that *he*
    had ...", "Holt's statement that *he* had ...".  The clause is what the owner says of
    someone, and a he/she as its subject is the owner speaking of himself (PolNeAR train: such a
    he went to the sentence's subject, a speaker who reported the claim).  The noun is one that takes
    a that-clause of its content (``cue_nouns.tsv``, frame ``acl``), so a relative clause ("Lowe's
    car that he sold") is not read so; at most two adjectives between "'s" and the noun."""
    from ..lexicons import cue_noun_frames

    doc = ctx.doc
    k = pron.i - 1
    if k < 2 or doc.tokens[k].text.lower() != "that" or doc.tokens[k].sent != pron.sent:
        return None
    noun = doc.tokens[k - 1]
    if "acl" not in cue_noun_frames().get(noun.lemma.lower(), cue_noun_frames().get(noun.text.lower(), ())):
        return None
    j = k - 2
    while j > 0 and pron.i - j <= 6 and doc.tokens[j].pos == "ADJ":
        j -= 1
    if doc.tokens[j].text not in ("'s", "’s", "'", "’") or j < 1:
        return None
    return _name_right_before(ctx, doc.tokens[j], gender, genders, allowed)


def _prepositional_object(ctx: "Context", end: int) -> bool:
    """The mention ending at ``end`` is the object of a preposition by the parse ("from Senator
    Joe Lind": its head has a ``case`` child, or hangs on one as ``pobj``)."""
    doc = ctx.doc
    last = doc.token_at(end - 1)
    if last is None:
        return False
    return last.dep == "pobj" or any(c.dep == "case" and c.pos == "ADP" for c in doc.children(last.i))


def _clause_head(ctx: "Context", i: int) -> int | None:
    """The verb or predicate (a word with a subject of its own: "mild" of "has been mild") a
    word belongs to, by the parse; None past three steps."""
    from .tree import SUBJECT_DEPS

    doc = ctx.doc
    k, steps = doc.tokens[i].head, 0
    while k is not None and steps < 4 and doc.tokens[k].pos not in ("VERB", "AUX") and not any(c.dep in SUBJECT_DEPS for c in doc.children(k)):
        nxt = doc.tokens[k].head
        k = None if nxt == k else nxt
        steps += 1
    return k


def _other_clause_subject(ctx: "Context", pron: Token, nearest: tuple[int, int, str, int], same: list[tuple[int, int, str, int]]) -> tuple[int, int, str, int] | None:
    """The subject of a possessive's own clause, when the nearest name is a prepositional object
    in another clause: "Brent has ignored attacks from Lind and has been mild in *his* criticism of
    Cole" -- Lind belongs to "ignored", "his" to "has been mild", whose subject (through the
    coordination, ``tree.clause_subject``) is Brent.  A name in the pronoun's own clause stays the
    nearest ("praised the work of Marsh and his team").  Parse only."""
    from .tree import clause_subject, subtree_bounds

    doc = ctx.doc
    name = doc.token_at(nearest[1] - 1)
    own = _clause_head(ctx, pron.i)
    if name is None or own is None or _clause_head(ctx, name.i) == own:
        return None
    subject = clause_subject(doc, own)
    if subject is None:
        return None
    lo, hi = subtree_bounds(doc, subject.i)
    lo_c, hi_c = doc.tokens[lo].start, doc.tokens[hi].end
    return next((c for c in same if lo_c <= c[0] and c[1] <= hi_c and _is_subject(ctx, c[0], c[1])), None)


def person_antecedent(ctx: "Context", offset: int, word: str, allowed: Collection[str] | None = None) -> str | None:
    """The person actor a he/she pronoun at ``offset`` stands for (see the module docstring).

    ``allowed``, when given, are the only actors it may be (the actor
    extractor leaves out generic ones: "the police").
    """
    doc, draft = ctx.doc, ctx.draft
    gender = pronoun_gender(word)
    low = word.lower()
    here = doc.token_at(offset)
    if here is None:
        return None
    in_quote = ctx.quoted[offset]
    genders = actor_genders(ctx)
    obj = _object_pronoun(ctx, here)
    # names used as modifiers ("the Ohio senator") only when there is nothing else; read lazily,
    # as only the first candidates and those of one sentence are looked at
    modifier: dict[int, bool] = {}

    def proper(c: tuple[int, int, str, int]) -> bool:
        if c[1] not in modifier:
            modifier[c[1]] = not _is_modifier(ctx, c[1])
        return modifier[c[1]]

    if low in ("himself", "herself") and here.i > 0:
        # an intensive reflexive right after a name ("Okoro herself took the stage") is that name's
        intensive = _name_right_before(ctx, here, gender, genders, allowed)
        if intensive is not None:
            return intensive
    if low in ("he", "she"):
        owner = _statement_owner(ctx, here, gender, genders, allowed)
        if owner is not None:
            return owner  # "Lowe's claim that he had condemned ...": the claim's owner
    cands: list[tuple[int, int, str, int]] = []  # (start, end, actor, sentence), nearest first
    own_subject = _own_subject_span(ctx, here) if obj else None
    # the speaker of the quotation the pronoun stands in says "I", not "he" (quote_speakers)
    speaker = quote_speaker(ctx, offset) if in_quote else None
    first_proper: int | None = None  # the sentence of the nearest candidate that is no modifier
    oldest_needed = here.sent - _KNOWN_FEMALE_SENTENCES if gender == "f" else here.sent
    for s, e, a in draft.mentions_before(offset, limit=max(0, offset - _WINDOW)):
        if gender is not None and genders.get(a, gender) != gender:
            continue
        if allowed is not None and a not in allowed or a == speaker:
            continue
        fields = draft.actor_fields(a)
        if fields is None or fields.kind != "person":
            continue
        tok = doc.token_at(s)
        if tok is None:
            continue
        if first_proper is not None and tok.sent < first_proper and tok.sent < oldest_needed:
            break  # older sentences can no longer be chosen
        if not in_quote and ctx.any_quoted(s, e) or obj and _same_clause(ctx, e, here):
            continue
        if own_subject is not None and own_subject[0] <= s and e <= own_subject[1]:
            continue  # an object pronoun is not its own clause's subject (_own_subject_span)
        c = (s, e, a, tok.sent)
        cands.append(c)
        if first_proper is None and proper(c):
            first_proper = tok.sent
    if not cands:
        return None
    ok = proper if first_proper is not None else (lambda c: True)
    if low in ("he", "she"):
        # "Okoro addressed a crowd ..., after a day in which she had criticized ...": a subject of
        # the pronoun's own sentence comes before a woman named earlier (the preference below is
        # for sentences before, where the subject of its own sentence is not there to compete)
        # -- unless the sentence also names someone known to be of the pronoun's gender ("Okafor
        # won the vote, beating Maria Ruiz in a county she held before": the woman)
        # (a name after a preposition is no subject: "The former head of Acme Steel had ...")
        subject = next((c for c in cands if c[3] == here.sent and ok(c) and _is_subject(ctx, c[0], c[1]) and not _after_preposition(ctx, c[0])), None)
        if subject is not None and not any(c[3] == here.sent and c[2] != subject[2] and genders.get(c[2]) == gender for c in cands):
            return subject[2]
    pool = cands
    if gender == "f":
        # women are the marked case in news: a "she" goes to a woman named shortly before, when
        # there is one, rather than to someone of unknown gender (usually a surname alone)
        known = [c for c in cands if genders.get(c[2]) == "f" and here.sent - c[3] <= _KNOWN_FEMALE_SENTENCES and ok(c)]
        pool = known or cands
    first = next(c for c in pool if ok(c))
    sent = first[3]
    same = [c for c in pool if c[3] == sent and ok(c)]
    if sent == here.sent:
        if low in ("he", "she"):
            # "Hale told the newspaper that he ...", "Peskov said Ruiz had agreed when he met ...":
            # the nearest subject before it
            subject = next((c for c in same if _is_subject(ctx, c[0], c[1])), None)
            if subject is not None:
                return subject[2]
        if doc.has_parse and here.dep in ("poss", "nmod:poss") and _prepositional_object(ctx, first[1]):
            subject = _other_clause_subject(ctx, here, first, same)
            if subject is not None:
                return subject[2]
        return first[2]  # "When I called Marsh, he replied", "his", "her": the nearest
    best = min(same, key=lambda c: (not _is_subject(ctx, c[0], c[1]), _subordinate_subject(ctx, c[0]), not proper(c), _after_preposition(ctx, c[0]), c[0]))
    return best[2]
