"""Actors: entity mentions grouped into one canonical participant each.

* People: titles and honorifics are split off ("Kremlin spokesman Dmitry
  Peskov" -> name "Dmitry Peskov", title "Kremlin spokesman", affiliation
  Kremlin); surname-only mentions fold into the unique full name that ends
  with them; spelling variants (Araqchi / Araghchi) merge by fuzzy match.
* Places: countries, demonyms and aliases map to the gazetteer's canonical
  country ("Israeli" -> Israel); capitals fold into their country when the
  country itself is in the story (Moscow -> Russia) and stand alone
  otherwise; seats of power are organisations affiliated with their country.
* Groups: anonymous collective sources ("sources", "officials") are
  ``group`` actors.
* Generic agents: common nouns the PETRARCH agents dictionary codes
  ("gunmen" UAF, "police" COP, "troops" MIL, "villagers" CVL) are actors
  with that sector code, prefixed with their country's code when a
  nationality modifies them ("Russian troops" -> RUSMIL).
* Places that are not countries (cities, regions, sites) are ``location``
  actors; a capital standing alone ("Doha") is a location too, and keeps
  its country's code, since news uses it for the government.
* Codes: named actors the Phoenix dictionaries know get their CAMEO code
  (``code``; "Vladimir Putin" -> RUSGOV on a current date).
* Pronouns: coreference chains from the engine when it has them; for the
  pronouns they leave out (and without chains)
  a personal pronoun goes to the most recent person mentioned before it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from ..document import AnnotatedDocument, Entity, Token
from ..draft import Draft
from ..engines.headline_case import is_common_word
from ..engines.headline_vocabulary import general_common
from ..engines.rules.ner import venue_name
from ..lexicons import gazetteer, group_nouns, hazard_nouns, match_title, org_heads, org_nouns, speech_verbs, split_words, title_starts, titles, word_class
from ..lexicons.cues import cue_noun_frames
from ..lexicons.formal_states import formal_state, style_before
from ..lexicons.nouns import person_nouns, wordnet_people
from .adjective_compounds import is_adjective_compound
from .body_agents import add_body_agents, body_nouns
from .civic_bodies import add_civic_bodies
from .coded_towns import add_coded_towns
from .common_word_people import drop_common_word_people
from .country_back_references import add_country_back_references
from .country_epithets import add_country_epithets, epithet_tokens, find_epithets
from .dictionary_surnames import dictionary_surnames
from .cameo import _codes_of, actor_code, agent_heads, longest_agent
from .indefinite_roles import add_indefinite_role_people, code_from_affiliation
from .legislative_deputies import recode_legislative_deputies
from .generic_agents import CODE, add_codes, add_generic_agents, capital_after, generic_word, is_generic, national_only
from .mentions import PERSON_PRONOUNS
from .nominals import surname_in_s as _surname_in_s
from .place_groups import add_place_groups
from .placed_towns import add_placed_towns
from .pronouns import add_pronoun_mention, person_antecedent
from .role_people import add_role_people, is_person_lemma, person_lemmas
from .named_things import names_a_thing
from .short_org_names import fold_short_names, short_names
from .state_places import add_state_places
from .surname_gender import honorific_gender, one_of_sex
from .surname_namesakes import honorific_sexes, surname_bearer
from .surname_pairs import is_surname_pair, surname_ends


@lru_cache(maxsize=8192)
def _sound_key(name: str) -> str:
    """Fold transliteration variants: Araqchi / Araghchi / Arakchi -> 'arakci'."""
    s = name.lower()
    for a, b in (("gh", "k"), ("kh", "k"), ("q", "k"), ("ck", "k"), ("ch", "c"), ("sh", "s"), ("ou", "u"), ("y", "i"), ("ph", "f")):
        s = s.replace(a, b)
    return "".join(ch for i, ch in enumerate(s) if i == 0 or ch != s[i - 1])


def _same_name(a: str, b: str) -> bool:
    """Exact, or a spelling variant of a surname of five letters or more."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[0].lower() != b[0].lower():
        return False
    return _sound_key(a) == _sound_key(b) or fuzz.ratio(_sound_key(a), _sound_key(b)) >= 90


_LABEL_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "location", "NORP": "country", "LOC": "location", "FAC": "location"}


def _words(doc: AnnotatedDocument, e: Entity) -> list[str]:
    return [t.text for t in doc.tokens[e.token_start : e.token_end]]


def _hazard(words: list[str]) -> bool:
    """A name of one or two words that starts or ends with a natural hazard or disease ("Cholera",
    "Typhoon Haiyan", "Floods" at a sentence start): no actor, whatever the NER tagged it."""
    hazards = hazard_nouns()
    return 0 < len(words) <= 2 and (words[0].lower() in hazards or words[-1].lower() in hazards)


def _strip_the(e: Entity, words: list[str]) -> tuple[int, list[str]]:
    """(first token, words) of entity ``e`` (whose words are ``words``) without a leading "the"."""
    if words and words[0].lower() == "the" and len(words) > 1:
        return e.token_start + 1, words[1:]
    return e.token_start, words


def _country_as_person(e: Entity, hit) -> bool:  # type: ignore[no-untyped-def]
    """A country the tagger labelled a person or a thing ("Mali Junta Refuses ..." in a headline;
    "Greece and Cyprus held ...", where the small spaCy model tags "Cyprus" PRODUCT): still the country.
    Likewise an organisation the gazetteer lists ("The Houthis seized ...", tagged PERSON)."""
    return e.label not in ("ORG", "GPE", "NORP", "LOC", "FAC") and hit is not None and hit[0] in ("country", "org")


def _untagged_countries(doc: AnnotatedDocument, free_propns: list[int]) -> list[tuple[int, int]]:
    """(first, end) token ranges of country names the NER left untagged ("Cyprus held talks with
    Greece": no entity on "Cyprus"): runs of up to three proper nouns outside every entity whose
    words are a gazetteer country or capital -- or a gazetteer organisation ("Hamas", "Houthis").

    ``free_propns``: the indices of the proper nouns outside every entity, in order (from
    :func:`_scan_tokens`); a run starts at each one not inside the run before it."""
    gaz = gazetteer()
    out: list[tuple[int, int]] = []
    tokens = doc.tokens
    n = len(tokens)
    free = set(free_propns)
    after = 0  # the end of the last run: its tokens start none
    for k in free_propns:
        if k < after:
            continue
        sent = tokens[k].sent
        end = k
        while end < n and end - k < 3 and end in free and tokens[end].sent == sent:
            end += 1
        hit = gaz.get(tuple(t.text for t in tokens[k:end]))
        if hit is not None and hit[0] in ("country", "org", "capital"):
            out.append((k, end))
        after = end
    return out


def _capitalised_openers(doc: AnnotatedDocument, covered: set[int]) -> list[int]:
    """The first word of each sentence when it is capitalised, outside every entity and not tagged
    a proper noun ("Houthis Warn Shipping Companies", where the small model reads "Houthis" as a
    pronoun): :func:`_untagged_countries` tests it against the gazetteer as well."""
    out = []
    for sent in doc.sentences:
        k = sent.token_start
        if k < sent.token_end and k not in covered:
            t = doc.tokens[k]
            if t.pos != "PROPN" and t.text[:1].isupper() and t.text.isalpha() and len(t.text) > 2:
                out.append(k)
    return out


def _headline_subject(doc: AnnotatedDocument, e: Entity) -> bool:
    """Entity ``e`` opens a title-case headline and is the subject of its verb ("Blinken Meets Saudi
    Crown Prince", which the small spaCy model tags GPE; "Mensah Rejects ...", tagged NORP or
    WORK_OF_ART): a name of a participant, a person's surname most often. Only with a parse, only a
    name of up to three words the gazetteer does not know (the caller checks that)."""
    if not doc.has_parse or e.token_end - e.token_start > 3:
        return False
    sent = doc.sentences[doc.tokens[e.token_start].sent]
    if e.token_start != sent.token_start:
        return False
    last = doc.tokens[e.token_end - 1]
    if last.dep != "nsubj" or last.head is None or doc.tokens[last.head].pos != "VERB":
        return False
    from ..engines.headline_case import is_title_case

    return is_title_case(doc.text[sent.start : sent.end])


def _untagged_acronyms(doc: AnnotatedDocument, capitals: list[Token]) -> list[tuple[Token, str]]:
    """Acronyms outside every entity that the Phoenix actor dictionaries name an organisation
    ("ECOWAS threatened to use force": the small spaCy model tags "ECOWAS" a common noun and no
    entity). Only a word of three or more capitals, in a sentence not itself in capitals (a
    headline's "TROOPS" is no acronym): a gazetteer organisation, or a name the Phoenix dictionaries
    code, if the code is not a person's (ELI) or void. Returns each token with the actor's name.

    ``capitals``: the tokens outside every entity written in three or more capital letters and
    nothing else, in order (from :func:`_scan_tokens`)."""
    out: list[tuple[Token, str]] = []
    for t in capitals:
        text = t.text
        sent = doc.sentences[t.sent]
        words = [w.text for w in doc.tokens[sent.token_start : sent.token_end] if w.text.isalpha()]
        if sum(w.isupper() for w in words) * 2 > len(words):
            continue
        hit = gazetteer().get((text,))
        if hit is not None:
            if hit[0] == "org":
                out.append((t, hit[1]))  # "ECOWAS": the gazetteer's organisation
            continue  # a country or place ("USA"): the gazetteer's, found elsewhere
        code = actor_code(text)
        if code is not None and CODE.match(code) and not code.startswith("ELI"):
            out.append((t, text))
        elif code is None and _core_argument(doc, t):
            out.append((t, text))  # "Nigeria fined MTN $5.2 billion": an acronym a verb acts on or with
    return out


def _core_argument(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` is the subject or an object of a verb (by the parse): an acronym there names a party
    ("MTN", "ANC", "PKK" the dictionaries may not list), while one modifying a noun is a thing ("SIM
    cards", "GDP growth"). A word the lexicons know as a common word ("CEO") is no party."""
    from ..engines.headline_case import is_common_word

    if not doc.has_parse or t.dep not in ("nsubj", "obj", "iobj") or t.head is None or doc.tokens[t.head].pos != "VERB":
        return False
    return not is_common_word(t.text) and doc.tokens[t.head].lemma.lower() not in word_class("actor_words.tsv", "figure-verb")


def _untagged_subject_names(doc: AnnotatedDocument, free_propns: list[int]) -> list[Token]:
    """One-word names the NER left untagged that are the subject of a verb ("Rosatom signed an
    agreement", "Aramco held talks"): the small spaCy model tags many company names a proper noun
    and no entity. A proper noun subject of an action names a participant; the subject of a speech
    or cognition verb is left to the attribution finder (on political news those are mostly
    people's surnames the NER missed: "Chaffetz said"), and so is a word of a person's name found
    elsewhere in the article. Only with a parse; only a word in title case
    standing alone (no proper noun beside it: a part of a longer name is the NER's), not a plural
    ("Landslides blocked", "Guards confiscated": common nouns a tagger capitalised at a sentence
    start), not a common word of the lexicons' vocabulary ("Curfew lifted", "Immigration came"),
    not a hazard, agent word or title word, and in a headline (title-cased words) only the line's
    first word: the recaser has lower-cased the known common words there, so an unknown capitalised
    subject opening the line is a name ("Okafor Meets Saudi Envoy").

    ``free_propns``: the indices of the proper nouns outside every entity (from :func:`_scan_tokens`)."""
    if not doc.has_parse or not free_propns:
        return []
    from ..engines.headline_case import is_common_word
    tokens = doc.tokens
    # a surname the NER tagged a person elsewhere in the article ("Lynch said" after "Loretta Lynch")
    person_words = {tokens[k].text for e in doc.entities if e.label == "PERSON" for k in range(e.token_start, e.token_end)}
    cue_verbs = speech_verbs()
    free = set(free_propns)
    heads = agent_heads()
    hazards = hazard_nouns()
    out: list[Token] = []
    for k in free_propns:
        t = tokens[k]
        text = t.text
        if t.dep != "nsubj" or t.head is None or tokens[t.head].pos != "VERB":
            continue
        if text in person_words or tokens[t.head].lemma.lower() in cue_verbs:
            continue  # a speaker is the attribution finder's (mostly people the NER missed: "Chaffetz said")
        if not (len(text) >= 3 and text[0].isupper() and text[1:].islower() and text.isalpha()) or text.endswith("s") and not _surname_in_s(t):
            continue
        if (k - 1) in free or (k + 1) in free or (k + 1 < len(tokens) and tokens[k + 1].pos == "PROPN"):
            continue
        low = text.lower()
        if is_common_word(text) or low in hazards or low in heads or t.lemma.lower() in heads or titles().get((low,)) is not None:
            continue
        if low in word_class("actor_words.tsv", "counting-adjective"):
            continue  # "Many of them negotiated ...", "Several signed": a quantifier, no name (batch 52)
        sent = doc.sentences[t.sent]
        words = [w.text for w in tokens[sent.token_start : sent.token_end] if w.text.isalpha()]
        if sum(w[:1].isupper() for w in words) * 2 > len(words) and k != sent.token_start:
            continue  # a headline: every word capitalised, so only its opening subject ("Okafor Meets ...")
        out.append(t)
    return out


def _apposed_person_names(doc: AnnotatedDocument, free_propns: list[int]) -> list[tuple[int, int]]:
    """Two- or three-word names the NER left untagged (token spans ``first, end``) that the parse
    apposes to a noun for one person -- "Ana Ruiz, the foreign minister, condemned ...", "The foreign
    minister, Ana Ruiz, met ..." -- or makes the subject of "become" a role ("Ana Ruiz became foreign
    minister"): the small spaCy model misses many names a reporter introduces this way, and the role
    noun says the name is a person's. Each word title case and no common word, title or agent word
    of the lexicons. Only with a parse. ``free_propns``: the proper nouns outside every entity."""
    if not doc.has_parse or len(free_propns) < 2:
        return []
    from ..engines.headline_case import is_common_word
    from .nominals import nominal_kind

    tokens = doc.tokens
    heads = agent_heads()
    runs: list[tuple[int, int]] = []
    for k in free_propns:
        if runs and runs[-1][1] == k and tokens[k].sent == tokens[runs[-1][0]].sent:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))

    def person_role(t: Token) -> bool:
        return t.pos == "NOUN" and nominal_kind(t) == "person"

    out: list[tuple[int, int]] = []
    for first, end in runs:
        if not 2 <= end - first <= 3:
            continue
        words = [tokens[k].text for k in range(first, end)]
        if not all(len(w) >= 2 and w[0].isupper() and w[1:].islower() and w.isalpha() for w in words):
            continue
        if any(is_common_word(w) or w.lower() in heads or titles().get((w.lower(),)) is not None for w in words):
            continue
        head = next((tokens[k] for k in range(first, end) if tokens[k].head is None or not first <= tokens[k].head < end), None)
        if head is None or head.head is None:
            continue
        gov = tokens[head.head]
        apposed = head.dep == "appos" and person_role(gov) or any(c.dep == "appos" and person_role(c) for c in doc.children(head.i))
        became = head.dep == "nsubj" and gov.lemma.lower() == "become" and any(c.dep in ("xcomp", "attr", "obj") and person_role(c) for c in doc.children(gov.i))
        if apposed or became:
            out.append((first, end))
    return out


@lru_cache(maxsize=4)
def _plural_groups(groups: frozenset[str]) -> frozenset[str]:
    """The group nouns ``_group_actors`` makes actors of: plural, and not in class ``skip-group`` of ``actor_words.tsv``."""
    skip = word_class("actor_words.tsv", "skip-group")
    return frozenset(w for w in groups if w not in skip and w.endswith("s"))


@lru_cache(maxsize=4)
def _scan_words(groups: frozenset[str], heads: frozenset[str]) -> frozenset[str]:
    """Every lower-case word :func:`_scan_tokens` looks for as written: a group noun, an agent head, a pronoun."""
    return groups | heads | frozenset(PERSON_PRONOUNS)


class _Scan(NamedTuple):
    """What :func:`_scan_tokens` found, each list in text order, for the step named."""

    free_propns: list[int]  # proper nouns outside every entity: :func:`_untagged_countries` and the name rules
    group_candidates: list[tuple[Token, str]]  # plural group nouns and their lower-case text: :func:`_group_actors`
    agent_nouns: list[Token]  # nouns ending an agent phrase: :func:`~.generic_agents.add_generic_agents`
    person_pronouns: list[Token]  # personal pronouns: :func:`_pronouns` and :func:`~.role_people.add_role_people`
    capitals: list[Token]  # words of three or more capitals outside every entity: :func:`_untagged_acronyms`
    role_nouns: list[Token]  # nouns for one person: :mod:`.indefinite_roles` and :mod:`.role_people`
    body_nouns: list[Token]  # lower-case nouns of a body's lemma: :func:`~.body_agents.add_body_agents`
    capitalised_commons: list[int]  # title-case common nouns and adjectives outside every entity: :func:`_capitalised_commons`


@lru_cache(maxsize=4)
def _scan_lemmas(heads: frozenset[str], bodies: frozenset[str]) -> frozenset[str]:
    """Every lower-case lemma :func:`_scan_tokens` looks for: an agent head, a body noun, a lemma for one person.

    A screen only: a token whose lemma is in none of them is tested no further
    for those three lists (:func:`~.role_people.person_lemmas` is exactly the
    lemmas ``one_person_noun`` accepts)."""
    return heads | bodies | person_lemmas()


def _scan_tokens(doc: AnnotatedDocument, lowered: list[str], covered: set[int]) -> _Scan:
    """One pass over the tokens, collecting what the later steps of :func:`extract_actors` visit
    (:class:`_Scan`): each list is what the step's own scan of the tokens found, and the
    steps visit only those tokens instead of every token of the document again.

    The tests read only the tokens, never the draft, so they can all run up
    front.  The word-list tests of a token are one lookup of its lower-case
    text in the union of the lists of written words and one of its
    lower-case lemma (the document's lemma column, which the events and
    denials passes read too) in the union of the lists of lemmas; only the
    few tokens found there are tested further.
    """
    groups = _plural_groups(group_nouns())
    heads = agent_heads()
    bodies = body_nouns()
    wanted = _scan_words(groups, heads)
    wanted_lemmas = _scan_lemmas(heads, bodies)
    pronouns = PERSON_PRONOUNS
    scan = _Scan([], [], [], [], [], [], [], [])
    free_propns, group_candidates, agent_nouns, person_pronouns, capitals, role_nouns, body_list, commons = scan
    has_parse = doc.has_parse
    for t, low, lemma in zip(doc.tokens, lowered, doc.lowered_lemmas()):
        pos = t.pos
        # (a capitalised plural a parser took for a name keeps its -s as lemma: "Rebels shelled")
        plural_name = has_parse and pos == "PROPN" and low.endswith("s") and low[:-1] in heads
        if low in wanted or lemma in wanted_lemmas or plural_name:
            if pos == "NOUN" or pos == "PROPN":
                if low in groups:
                    group_candidates.append((t, low))
                if low in heads or lemma in heads or plural_name:
                    agent_nouns.append(t)
                if pos == "NOUN" and t.text[:1].islower():
                    # role_people.one_person_noun and body_agents' own test of the noun
                    if not (low != lemma and low.endswith("s")) and is_person_lemma(lemma):
                        role_nouns.append(t)
                    if lemma in bodies:
                        body_list.append(t)
            elif pos == "X" and low in groups:
                group_candidates.append((t, low))
            if low in pronouns:
                person_pronouns.append(t)
        if pos == "PROPN":
            if t.i not in covered:
                free_propns.append(t.i)
        elif pos == "NOUN" or pos == "ADJ":
            text = t.text
            if len(text) > 2 and text[0].isupper() and text[1:].islower() and text.isalpha() and t.i not in covered:
                commons.append(t.i)
        # a word in capitals differs from its lower case: the cheap test rules out most tokens
        if low != t.text:
            text = t.text
            if len(text) >= 3 and text.isupper() and text.isalpha() and t.i not in covered:
                capitals.append(t)
    return scan


def _capitals_hit(gaz: dict, words: list[str]):  # type: ignore[no-untyped-def,type-arg]
    """The gazetteer's entry for a name written in capitals ("SOUTH KOREA" in a headline in
    capitals), or in lower case when a tagger made it an entity ("kenya" in a lower-case wire
    headline, which ``headline_case`` spells as a name for the tagger): a country, capital or
    demonym only."""
    if words and words[0].isupper() and all(w.isupper() for w in words):
        return gaz.get(tuple(w.capitalize() for w in words))
    if len(words) == 1 and words[0].islower():
        from ..engines.headline_case import lower_case_name

        spelled = lower_case_name(words[0])
        return gaz.get((spelled,)) if spelled is not None else None
    return None


@lru_cache(maxsize=1)
def _title_ends() -> frozenset[str]:
    """The last word of every title (lower case): a title ends only at one of them."""
    return frozenset(key[-1] for key in titles() if key)


def _title_before(
    doc: AnnotatedDocument, e: Entity, entities_by_end: dict[int, Entity], lowered: list[str]
) -> tuple[str | None, int, Entity | None]:
    """Title words right before a person entity, and an ORG/GPE/NORP inside it.

    Returns (title text, first token of the title, affiliating entity).
    ``lowered``: the document's words in lower case.
    """
    sent = doc.sentences[doc.tokens[e.token_start].sent]
    k = e.token_start
    affil: Entity | None = None
    starts, ends = title_starts(), _title_ends()
    # walk left over titles ("Supreme Leader", "Ayatollah", "Foreign Minister"),
    # the longest first: a title of k - a words from token a, up to four
    moved = True
    while moved:
        moved = False
        if k == 0 or lowered[k - 1].lower() not in ends:
            break  # the common case: the word before is the last word of no title, so none ends there
        for a in range(max(sent.token_start, k - 4), k):
            if lowered[a] in starts and match_title(lowered, a, k) == k - a:
                k = a
                moved = True
                break
    if k == e.token_start:
        return None, k, None
    # an organisation or nationality right before the title ("Kremlin spokesman")
    prev = entities_by_end.get(k)
    if prev is not None and prev.label in ("ORG", "GPE", "NORP"):
        affil = prev
        k = prev.token_start
    start = doc.tokens[k].start
    return doc.text[start : doc.tokens[e.token_start - 1].end], k, affil


def _strip_opening_participle(doc: AnnotatedDocument, e: Entity) -> Entity:
    """"Entrusting Donald Trump with ...", "Conceding Obama was right, ...": a sentence-opening
    participle or gerund a tagger took into a PERSON name is no part of it (issue 14, a10, seen on
    PolNeAR train texts). The first word ends in -ing, is a form of a verb the lexicons know
    (``is_common_word``) and no given name ("Irving", "Sterling"), and a name of two words or more
    is left."""
    if e.token_end - e.token_start < 3:
        return e
    first = doc.tokens[e.token_start]
    low = first.text.lower()
    if first.i != doc.sentences[first.sent].token_start or not low.endswith("ing") or low in _given_names():
        return e
    from ..engines.headline_case import is_common_word

    if not is_common_word(first.text):
        return e
    k = e.token_start + 1
    return Entity(doc.tokens[k].start, e.end, e.label, k, e.token_end)


def _strip_opening_article(doc: AnnotatedDocument, e: Entity) -> Entity:
    """"a Donald Trump", "an Ana Ruiz": an article a tagger took into a PERSON name is no part of it
    (names take none); left in, the name's first word is "a" and it is no longer the same person as
    the full name met elsewhere, which splits that person in two (issue 14, helper a20 at stop 43,
    spaCy on a PolNeAR train text)."""
    first = doc.tokens[e.token_start]
    if e.token_end - e.token_start < 2 or first.text not in ("a", "an", "the"):
        return e
    k = e.token_start + 1
    return Entity(doc.tokens[k].start, e.end, e.label, k, e.token_end)


def _strip_inner_titles(doc: AnnotatedDocument, e: Entity, words: list[str]) -> tuple[Entity, str]:
    """Engines differ on whether a title belongs to the PERSON entity ("Ayatollah Ali Khamenei"):
    titles at the start of the entity are moved out of the name, keeping at least one word."""
    k = e.token_start
    while k < e.token_end - 1:
        n = match_title(words, k, e.token_end - 1)
        if n == 0:
            break
        k += n
    if k == e.token_start:
        return e, ""
    inner = doc.text[doc.tokens[e.token_start].start : doc.tokens[k - 1].end]
    return Entity(doc.tokens[k].start, e.end, e.label, k, e.token_end), inner


def _is_title_word(doc: AnnotatedDocument, e: Entity, words: list[str]) -> bool:
    """A one-word ORG that only opens a title ("Supreme" of "Supreme Leader"): a tagging slip."""
    if e.token_end - e.token_start != 1 or e.token_end >= len(words):
        return False
    return match_title(words, e.token_start, min(len(words), e.token_start + 4)) > 1


def _split_titles(title: str) -> list[str]:
    """'Supreme Leader Ayatollah' -> ['Supreme Leader', 'Ayatollah'] (by lexicon)."""
    words = split_words(title)
    out: list[str] = []
    k = 0
    while k < len(words):
        n = match_title(words, k, len(words))
        if n == 0:
            # a modifier ("Kremlin", "Iranian") joins the title after it
            j = k + 1
            while j < len(words) and match_title(words, j, len(words)) == 0:
                j += 1
            n2 = match_title(words, j, len(words)) if j < len(words) else 0
            out.append(" ".join(words[k : j + n2]))
            k = j + n2
        else:
            out.append(" ".join(words[k : k + n]))
            k += n
    return [t for t in out if t]


@lru_cache(maxsize=4096)
def _role_titles(title: str) -> tuple[str, ...]:
    """The titles of ``title`` (:func:`_split_titles`) but the courtesy ones ("Mr"), kept per title
    text: the same few ("President", "Foreign Minister") come back article after article."""
    return tuple(t for t in _split_titles(title) if titles().get(tuple(t.lower().split())) != "courtesy")


def _alias(draft: Draft, actor_id: str, surface: str) -> None:
    actor = draft.actor_fields(actor_id)
    if actor and surface != actor.name and surface not in actor.aliases:
        draft.update_actor_fields(actor_id, aliases=(*actor.aliases, surface))


def _without_suffix(words: list[str]) -> list[str]:
    """A full name without its generational suffix (``actor_words.tsv`` class ``name-suffix``:
    "Harry B. Harris Jr." -> "Harry B. Harris"), when two words or more stay; else the name."""
    if len(words) > 2 and words[-1].lower() in word_class("actor_words.tsv", "name-suffix"):
        return words[:-1]
    return words


class _FullNames:
    """The people named so far, in order, indexed for the folding rules.

    A one-word mention folds into the full names that start or end with it,
    else into those whose surname it spells differently; a longer name into
    the same name, else into one with the same first word and a variant
    surname.  Each rule takes the earliest full name, as a scan of the list
    would, but reads only the names that can match: scanning every name for
    every mention made actor extraction quadratic in the length of the article.
    """

    def __init__(self) -> None:
        self._exact: dict[tuple[str, ...], str] = {}
        self._by_word: dict[str, list[str]] = {}  # first or last word -> actor ids, in order
        self._by_first: dict[str, list[tuple[str, str]]] = {}  # first word -> (last word, actor id)
        self._surnames: dict[str, list[tuple[str, str]]] = {}  # initial -> (sound key of last word, actor id)
        self._variants: dict[str, tuple[int, list[str]]] = {}  # word -> (surnames read, matches)
        self._tails: dict[tuple[str, ...], list[str]] = {}  # proper end of a full name -> actor ids
        self._first_words: dict[str, str] = {}  # actor id -> the first word of its full name
        self._by_surname: dict[str, list[tuple[str, str]]] = {}  # last word -> (full name, actor id)
        self.honorifics: dict[str, set[str]] = {}  # surname -> sexes of the honorifics before it (surname_namesakes)

    def add(self, words: list[str], actor_id: str) -> None:
        self._exact.setdefault(tuple(words), actor_id)
        words = _without_suffix(words)  # "Harry B. Harris Jr.": the surname is "Harris"
        if len(words) > 1:
            self._by_surname.setdefault(words[-1], []).append((" ".join(words), actor_id))
        self._first_words.setdefault(actor_id, words[0])
        self._by_word.setdefault(words[-1], []).append(actor_id)
        if words[0] != words[-1]:
            self._by_word.setdefault(words[0], []).append(actor_id)
        self._by_first.setdefault(words[0], []).append((words[-1], actor_id))
        if len(words[-1]) >= 5:  # _same_name never matches a shorter surname
            self._surnames.setdefault(words[-1][0].lower(), []).append((_sound_key(words[-1]), actor_id))

    def add_tails(self, words: list[str], actor_id: str) -> None:
        """Remember the proper ends of a full name ("Baines", "Okonkwo - Baines") as its surnames."""
        if len(_without_suffix(words)) < len(words):
            self.add_tails(_without_suffix(words), actor_id)  # "Harris" of "Harry B. Harris Jr."
        for n in range(1, len(words)):
            key = tuple(words[-n:])
            if key[0][:1].isupper():
                self._tails.setdefault(key, [])
                if actor_id not in self._tails[key]:
                    self._tails[key].append(actor_id)

    def tail(self, key: tuple[str, ...]) -> str | None:
        """The one person whose full name ends with ``key``, else None (none, or ambiguous)."""
        ids = self._tails.get(key, [])
        return ids[0] if len(ids) == 1 else self._one_given(ids)

    def match(self, words: list[str]) -> str | None:
        if len(words) == 1:
            matches = self._by_word.get(words[0]) or self._spelling_variants(words[0])
            bearer = surname_bearer(words[0], matches, self.by_surname(words[0]), self._first_words, self.honorifics.get(words[0], set())) if len(set(matches)) > 1 else None
            if bearer is not None:
                return bearer  # "Baines" beside Ruth Baines and "Baines Tower": the person (surname_namesakes)
            if matches and len(set(matches)) > 1 and words[0] not in self._by_first:
                return self._one_given(list(dict.fromkeys(matches)))
            return matches[0] if matches and len(set(matches)) == 1 else None
        found = self._exact.get(tuple(words))
        if found is not None:
            return found
        for last, actor_id in self._by_first.get(words[0], ()):
            if _same_name(last, words[-1]):
                return actor_id
        # a surname of two words or more alone ("Wasserman Schultz" after "Debbie Wasserman
        # Schultz"): the one full name ending with it that opens with a person's first word -- not
        # a name of its own opening with a given name ("Donald Trump" is no tail of a headline run
        # "Claim That Donald Trump") (issue 14, a21 stop 44)
        if words[0].lower() in _given_names():
            return None
        ids = [i for i in self._tails.get(tuple(words), []) if _real_first_word(self._first_words.get(i, ""))]
        return ids[0] if len(ids) == 1 else None

    def by_surname(self, word: str) -> list[tuple[str, str]]:
        """The (full name, actor id) pairs of the people whose full name ends with ``word``."""
        return self._by_surname.get(word, [])

    def _one_given(self, ids: list[str]) -> str | None:
        """Of several full names a surname alone could stand for, the one whose first word is a
        given name or no common English word ("Barack Obama"), when the others open with a common
        word a tagger took into the name ("Former Obama", "Co. Obama"): the surname is that person's
        (issue 14, a21 stop 44: one person split in two on PolNeAR train). None when not one."""
        strong = [i for i in ids if _real_first_word(self._first_words.get(i, ""))]
        return strong[0] if len(strong) == 1 and len(ids) > 1 else None

    def _spelling_variants(self, word: str) -> list[str]:
        """Ids of the full names whose surname is a spelling variant of ``word``, in order."""
        if len(word) < 5:
            return []
        # _same_name on the surnames of the same initial and five letters or
        # more, with the sound keys computed once per name
        pool = self._surnames.get(word[0].lower(), [])
        read, matches = self._variants.get(word, (0, []))
        key = _sound_key(word)
        matches = matches + [
            actor_id for last_key, actor_id in pool[read:] if last_key == key or fuzz.ratio(last_key, key, score_cutoff=90) >= 90
        ]
        self._variants[word] = (len(pool), matches)
        return matches


#: Entity labels of names a small model may give a surname ("Okonkwo-Baines" ORG, "Mensah" WORK_OF_ART).
_NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT", "LANGUAGE"})


def _person_tails(doc: AnnotatedDocument, words_of: list[list[str]], hits: list, pairs: frozenset[Entity] = frozenset()) -> frozenset[tuple[str, ...]]:  # type: ignore[type-arg]
    """The proper ends of the PERSON entities' names that start with a capital ("Baines" and
    "Okonkwo - Baines" of "Ruth Okonkwo - Baines"): a later mention by surname alone. A date word a
    tagger put at the end of a name ("Florida Friday") is no surname. A person the tagger labelled
    an organisation (:func:`_person_tagged_org`) lends its surname too: a later "Haley" tagged ORG is
    that person, not a body of its own (issue 14, a10, seen on PolNeAR train texts)."""
    from ..lexicons import months, weekdays

    dates = weekdays() | months()
    out: set[tuple[str, ...]] = set()
    for e, words, hit in zip(doc.entities, words_of, hits):
        if pairs and e in pairs:
            continue  # "Marsh-Tanaka" beside Ella Marsh and Ken Tanaka: no surname of its own (surname_pairs)
        if e.label == "PERSON" or _person_tagged_org(e, words, hit):
            out.update(tuple(words[-n:]) for n in range(1, len(words)) if words[-n][:1].isupper() and words[-n].lower() not in dates)
    return frozenset(out)


def _untagged_surnames(doc: AnnotatedDocument, free_propns: list[int], tails: frozenset[tuple[str, ...]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """(first, end, words) of proper nouns outside every entity that end a person's name found
    elsewhere ("Pavel Sorokin ... Sorokin accused ..."; a hyphenated surname is three tokens): the
    small spaCy model often leaves the later mention untagged."""
    if not tails:
        return []
    tokens = doc.tokens
    free = set(free_propns)
    out: list[tuple[int, int, tuple[str, ...]]] = []
    after = 0
    for k in free_propns:
        if k < after:
            continue
        end = k + 1
        if k + 2 < len(tokens) and tokens[k + 1].text == "-" and (k + 2) in free:
            end = k + 3  # "Okonkwo - Baines"
        longer = (end < len(tokens) and end in free and tokens[end].sent == tokens[k].sent) or (
            (k - 1) in free and tokens[k - 1].sent == tokens[k].sent
        )
        if longer:
            after = end
            continue  # part of a longer untagged name: not a surname alone
        key = tuple(t.text for t in tokens[k:end])
        if key in tails:
            out.append((k, end, key))
        after = end
    return out


def _demonym_before_noun(doc: AnnotatedDocument, e: Entity, hit) -> bool:  # type: ignore[no-untyped-def]
    """A demonym that is also a person's surname here ("Mark Cuban" ... "Cuban said") but modifies
    a lower-case noun ("the Cuban government"): the people's adjective, not the person (issue 14,
    helper a20 at stop 43)."""
    if hit is None or hit[0] != "demonym" or e.token_end >= len(doc.tokens):
        return False
    nxt = doc.tokens[e.token_end]
    return nxt.text[:1].islower() and nxt.pos in ("NOUN", "ADJ")


def _thing_tagged_person(e: Entity, words: list[str]) -> str | None:
    """The label of a PERSON entity that names a company, an outlet or a venue: "ORG" when its last
    word heads organisations' names ("Brisco Media", "Quarrow Technologies": ``org_words.tsv``
    ``org_head``) and its first is no given name, "FAC" for a street's or a venue's name
    (:func:`~newsmodel.engines.rules.ner.venue_name`); else None. The small spaCy model tags some
    PERSON (issue 14, a21 stop 44); the rules engine labels them so itself."""
    if e.label != "PERSON" or len(words) < 2 or words[0].lower() in _given_names():
        return "FAC" if e.label == "PERSON" and venue_name(words) else None
    if words[-1] in org_heads() and all(w[:1].isupper() for w in words):
        return "ORG"
    return "FAC" if venue_name(words) else None


def _person_tagged_org(e: Entity, words: list[str], hit) -> bool:  # type: ignore[no-untyped-def]
    """An entity the tagger labelled an organisation that names a person: the small spaCy model
    tags some people ORG in some sentences ("Winston Churchill", "Carly Fiorina" on PolNeAR train).
    Two or three words, none after the first a common word of the lexicons' vocabulary ("Edison
    Research", "Obama Administration"); then a person when the Phoenix dictionaries code the name
    as one (an elite, ELI, or a code dated by a term in office), or, when they do not know it, when
    every word is in title case, the first a given name (``first_names.tsv``) and no title, none an
    organisation head word ("Ford Foundation") or a gazetteer name (issue 14, helper a9; checked on
    the ORG entities of 80 PolNeAR train articles: 4 names, all people)."""
    if e.label != "ORG" or hit is not None or not words:
        return False
    if not 2 <= len(words) <= 3 or any(is_common_word(w) for w in words[1:]):
        return False  # "Edison Research", "Obama Administration": no surname ends the name
    codes = _codes_of(" ".join(words)) or ""
    if codes:
        return "ELI" in codes or "@" in codes
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return False
    if any(w in org_heads() for w in words) or any(gazetteer().get((w,)) is not None for w in words):
        return False
    if titles().get((words[0].lower(),)) is not None:
        return False  # "King James Bible": a title, no given name
    return words[0].lower() in _given_names()


def _real_first_word(word: str) -> bool:
    """A full name's first word that opens a person's name: a given name, or a capitalised word
    that is no common English word ("Barack"; not "Former", "Co.", "Staff")."""
    low = word.lower()
    if low in _given_names():
        return True
    return bool(word[:1].isupper()) and not (word.endswith(".") and len(word) > 2) and not is_common_word(low.rstrip("."))


def _opens_a_name(word: str) -> bool:
    """A full name's first word that can open a person's name: :func:`_real_first_word`, and no
    general English word of the headline vocabulary (``general_common``: "Classic", "Former"; the
    name lexicons' words, "Grace", "Mark", are no such word). "Classic Clinton: upbeat, ..." is a
    phrase the tagger took for a name, not a third Clinton whose sex is unknown (issue 14, helper a24
    at stop 46: it kept "Mr. Clinton", 100 mentions, apart from Bill and Hillary Clinton)."""
    return _real_first_word(word) and not general_common(word)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names of both sexes (``first_names.tsv``), lower case."""
    return word_class("first_names.tsv", "male") | word_class("first_names.tsv", "female")


def _group_phrase(doc: AnnotatedDocument, draft: Draft, e: Entity, start: int) -> bool:
    """The actor a party, faith or people the gazetteer does not list opens (issue 14 batch 76):
    the people its phrase names ("Democratic speechwriters", "Jewish groups": a group; "the
    Republican nominee": a person), or the source of the claims it modifies ("Republican claims":
    a group). True when one was made."""
    named = _people_named_by_group(doc, e)
    if named is not None:
        end = doc.tokens[named[0]].end
        draft.add_mention(draft.actor_id_named(doc.text[start:end], named[1]), start, end)
        return True
    if _group_of_speakers(doc, e):
        draft.add_mention(draft.actor_id_named(doc.text[start : e.end], "group"), start, e.end)
        return True
    if _one_member(doc, e):
        # "One Republican threatened ...", "a Democrat said": a member of the party, a person
        draft.add_mention(draft.actor_id_named(doc.text[e.start : e.end], "person"), e.start, e.end)
        return True
    return False


#: Words that count one member before a party's or a faith's word used as a noun ("one Republican").
_ONE_MEMBER = frozenset({"a", "an", "one", "another"})


def _one_member(doc: AnnotatedDocument, e: Entity) -> bool:
    """A singular party or faith word counted as one person ("One Republican threatened", "a
    Democrat said"): a member of the group, a person -- not before a noun (that is the modifier
    :func:`_people_named_by_group` reads)."""
    k = e.token_start
    if e.token_end - k != 1 or k == 0 or doc.lowered_texts()[k - 1] not in _ONE_MEMBER:
        return False
    nxt = doc.tokens[e.token_end] if e.token_end < len(doc.tokens) else None
    return not doc.tokens[k].text.endswith("s") and (nxt is None or nxt.pos != "NOUN")


def _people_named_by_group(doc: AnnotatedDocument, e: Entity) -> tuple[int, str] | None:
    """Without a parse: the head noun for people after a party, faith or people the gazetteer does
    not list, past up to two lower-case modifiers, and the actor kind its number gives ("Democratic
    speechwriters", "Jewish groups": a group; "the Republican presidential nominee": a person);
    None when no such noun follows. (The tagger reads the capitalised word as a name of its own; a
    parse hangs it on the noun, and the group and nominal rules read the phrase.)"""
    if doc.has_parse:
        return None
    sent_end = doc.sentences[doc.tokens[e.token_start].sent].token_end
    for k in range(e.token_end, min(sent_end, e.token_end + 3)):
        t = doc.tokens[k]
        if not t.text[:1].islower() or t.pos not in ("NOUN", "ADJ"):
            return None
        low, lemma = t.text.lower(), t.lemma.lower()
        if t.pos == "NOUN" and (low in agent_heads() or lemma in agent_heads()) and lemma not in body_nouns():
            return None  # "Kurdish fighters", "Arab lawmakers": the agents dictionary codes the noun (not "groups")
        if k + 1 < sent_end and doc.tokens[k + 1].text[:1].isupper() and doc.tokens[k + 1].pos == "PROPN":
            return None  # "Republican presidential candidate Donald Trump": a title before a name
        if t.pos == "NOUN" and (lemma in person_nouns() or lemma in wordnet_people()):
            return k, "group" if low != lemma and low.endswith("s") else "person"
        if t.pos == "NOUN" and low.endswith("s") and (lemma in group_nouns() or lemma in org_nouns() or lemma in body_nouns()):
            return k, "group"
    return None


def _group_of_speakers(doc: AnnotatedDocument, e: Entity) -> bool:
    """A party, faith or people the gazetteer does not list, right before a noun that carries an
    attribution ("Republican claims", "Democratic criticism of the plan"): the people of that group
    are the claims' source, an actor of kind group (issue 14 batch 76)."""
    k = e.token_end
    if k >= len(doc.tokens) or doc.tokens[k].sent != doc.tokens[e.token_start].sent:
        return False
    nxt = doc.tokens[k]
    # (a tagger without a parse may read "claims" after a capital as a verb: the word decides)
    low = nxt.text.lower()
    cue_nouns = cue_noun_frames()  # the nouns that carry an attribution ("claim", "criticism")
    return nxt.lemma.lower() in cue_nouns or low in cue_nouns or low.endswith("s") and low[:-1] in cue_nouns


def _common_plural(doc: AnnotatedDocument, e: Entity) -> bool:
    """A one-word entity opening its sentence that the tagger itself calls a plural common noun
    ("Locusts attacked crops", tagged ORG): a capital of position, not a name."""
    if e.token_end - e.token_start != 1 or e.label == "NORP":
        return False
    t = doc.tokens[e.token_start]
    return t.i == doc.sentences[t.sent].token_start and t.pos == "NOUN" and t.text.lower() != t.lemma.lower()


def _apposed_body(doc: AnnotatedDocument, e: Entity) -> bool:
    """A place name with an apposition saying it names an organised body ("Harbin, a militia that
    controls the port", "Tabqa, an armed group"): the name is that body, not the place. An
    apposition naming a place ("Harbin, a port city") keeps the place. Only with a parse."""
    if not doc.has_parse:
        return False
    from .body_agents import body_nouns

    bodies = body_nouns() | org_nouns() | word_class("actor_words.tsv", "collective")
    for k in range(e.token_start, e.token_end):
        for c in doc.children(k):
            if c.dep == "appos" and c.pos == "NOUN" and c.i >= e.token_end and c.lemma.lower() in bodies:
                return True
    return False


def extract_actors(doc: AnnotatedDocument, draft: Draft) -> None:
    gaz = gazetteer()
    entities_by_end = {e.token_end: e for e in doc.entities}
    words_of = [_words(doc, e) for e in doc.entities]
    stripped = [_strip_the(e, words) for e, words in zip(doc.entities, words_of)]  # (first token, words) without a leading "the"
    hits = [gaz.get(tuple(words)) or _capitals_hit(gaz, words) or formal_state(words) for _first, words in stripped]
    countries_present = {hit[1] for hit in hits if hit is not None and hit[0] in ("country", "demonym")}
    shorts = short_names(doc, stripped, hits)  # "the Gazette" after "The Harlan Gazette"
    short_starts = {doc.entities[i].token_start for i in shorts}
    people: list[tuple[Entity, list[str], str | None, Entity | None]] = []
    actor_id: str | None  # None while a person's full name is unmatched (below)

    # places and organisations first, so people can be affiliated with them
    # the tokens in lower case, made once per document: title lookups are by lower-case words
    lowered = doc.lowered_texts()
    covered = {k for e in doc.entities for k in range(e.token_start, e.token_end)}
    scan = _scan_tokens(doc, lowered, covered)
    free_propns, group_candidates, agent_nouns, person_pronouns, capitals = scan[:5]
    ends = surname_ends(w for e, w in zip(doc.entities, words_of) if e.label == "PERSON")
    pairs = frozenset(
        e for e, hit in zip(doc.entities, hits) if e.label in ("PERSON", "ORG") and hit is None and is_surname_pair(doc.text[e.start : e.end], ends)
    )
    tails = _person_tails(doc, words_of, hits, pairs)
    surname_entities: list[tuple[Entity, tuple[str, ...]]] = []
    headline_people: list[Entity] = []
    # "the Gulf state", "the Baltic nation": a country named again, whose words are no place or person
    epithets = find_epithets(doc)
    in_epithet = epithet_tokens(epithets)
    for e, (first, words), hit in zip(doc.entities, stripped, hits):
        if in_epithet and e.token_start in in_epithet:
            continue
        if short_starts and e.token_start in short_starts:
            continue  # read below as the body named in full
        if pairs and e in pairs:  # (an empty set first: hashing an entity reads all its fields)
            continue  # "Marsh-Tanaka" beside Ella Marsh and Ken Tanaka: no body (surname_pairs)
        if hit is None and names_a_thing(e.label, words):
            continue  # "the Korean War", "the Fourth Amendment": no party
        if e.label == "NORP" and hit is None and _group_phrase(doc, draft, e, doc.tokens[first].start):
            continue  # "Jewish groups", "the Republican nominee", "Republican claims", "one Republican"
        if hit is None and e.label not in ("PERSON", "ORG") and _headline_subject(doc, e):
            name = doc.text[e.start : e.end]
            code = actor_code(name) or ""
            if e.label == "NORP":
                # "Kurds Reject New Constitution", "Shiites March on Parliament": a people or faith
                # the gazetteer does not list, a group of people
                draft.add_mention(draft.actor_id_named(name, "group"), e.start, e.end)
            elif code[:3] in ("MNC", "IGO", "NGO"):
                # "Netflix Sues Former Executive": a company or body the Phoenix dictionaries code
                draft.add_mention(draft.actor_id_named(name, "organization"), e.start, e.end)
            else:
                headline_people.append(e)  # "Blinken Meets Saudi Crown Prince", tagged GPE
            continue
        retyped = _thing_tagged_person(e, words) if hit is None else None
        if retyped is not None:
            e = replace(e, label=retyped)  # "Brisco Media" tagged PERSON: the organisation
        if e.label not in ("ORG", "GPE", "NORP", "LOC", "FAC") and not _country_as_person(e, hit):
            if e.label in _NAME_LABELS and tuple(words) in tails and (hit is None or hit[0] not in ("country", "capital")):
                surname_entities.append((e, tuple(words)))  # "Okonkwo-Baines" tagged WORK_OF_ART after "Ruth Okonkwo-Baines"
            continue
        if _is_title_word(doc, e, lowered) or generic_word(doc, e) or _hazard(words) or _common_plural(doc, e):
            continue
        if _person_tagged_org(e, words, hit):
            continue  # "Karen Whitfield" tagged ORG: a person, read with the people below
        if tuple(words) in tails and (hit is None or hit[0] not in ("country", "capital")) and not _demonym_before_noun(doc, e, hit):
            surname_entities.append((e, tuple(words)))  # "Okonkwo-Baines" tagged ORG after "Ruth Okonkwo-Baines"
            continue
        start = doc.tokens[first].start
        if e.label in ("GPE", "LOC", "FAC") and _apposed_body(doc, e):
            # "Harbin, a militia that controls the port": the apposition says what the name names
            name = doc.text[start : e.end]
            actor_id = draft.actor_id_named(name, "organization")
            draft.add_mention(actor_id, start, e.end)
            continue
        if hit and hit[0] == "country" and e.label == "GPE":
            # "the State of Qatar" with only "Qatar" tagged: the mention takes in the style
            back = style_before([t.text for t in doc.tokens[max(0, first - 6) : first]], words)
            if back and doc.tokens[first - back].sent == doc.tokens[first].sent:
                start = doc.tokens[first - back].start
        if hit:
            kind, canonical, entity_kind, affiliation = hit
            if kind == "capital" and canonical not in countries_present:
                # a capital standing alone keeps its name, in the gazetteer's case when written in
                # capitals ("TEHRAN SNUBS ...": Tehran, which roles.is_capital then knows)
                canonical = " ".join(words) if tuple(words) in gaz else " ".join(w.capitalize() for w in words)
                entity_kind = "location"
            elif kind == "region":
                entity_kind = "location"
            actor_id = draft.actor_id_named(canonical, entity_kind if entity_kind in _LABEL_KIND.values() else "other")
            if affiliation and kind in ("seat", "org", "region"):
                country = draft.actor_id_named(affiliation, "country")
                actor = draft.actor_fields(actor_id)
                if actor is not None and actor.affiliation is None and country != actor_id:
                    draft.update_actor_fields(actor_id, affiliation=country)
        else:
            if e.label == "NORP":
                continue  # unknown nationality or group adjective
            name = doc.text[start : e.end]
            actor_id = draft.actor_id_named(name, _LABEL_KIND.get(e.label, "other"))
        _alias(draft, actor_id, doc.text[start : e.end])
        draft.add_mention(actor_id, start, e.end)

    if shorts:
        fold_short_names(doc, draft, shorts, stripped)
    openers = _capitalised_openers(doc, covered)
    for first, end in _untagged_countries(doc, sorted({*free_propns, *openers})):
        kind, canonical, _entity_kind, _affiliation = gaz[tuple(t.text for t in doc.tokens[first:end])]
        start, stop = doc.tokens[first].start, doc.tokens[end - 1].end
        if kind == "capital":
            # "Kyiv asked its partners for shells": a capital the NER missed is the place, as a tagged
            # one is (its government speaks through it: roles.is_capital)
            draft.add_mention(draft.actor_id_named(doc.text[start:stop], "location"), start, stop)
            continue
        actor_id = draft.actor_id_named(canonical, "country" if kind == "country" else "organization")
        _alias(draft, actor_id, doc.text[start:stop])
        draft.add_mention(actor_id, start, stop)

    for t, name in _untagged_acronyms(doc, capitals):
        actor_id = draft.actor_id_named(name, "organization")
        draft.add_mention(actor_id, t.start, t.end)

    # a sentence-opening name the tagger read as an adjective or pronoun ("Aramco held talks", ADJ)
    odd_openers = [k for k in openers if doc.tokens[k].pos in ("ADJ", "PRON", "X")]
    for t in _untagged_subject_names(doc, sorted({*free_propns, *odd_openers})):
        if draft.actor_at(t.start, t.end) is None:
            draft.add_mention(draft.actor_id_named(t.text, "organization"), t.start, t.end)
    for t in dictionary_surnames(doc, free_propns):
        # "Merkel spoke by phone with Macron": a leader's surname the NER left untagged (dictionary_surnames)
        if draft.actor_at(t.start, t.end) is None:
            draft.add_mention(draft.actor_id_named(t.text, "person"), t.start, t.end)

    for e, hit, words in zip(doc.entities, hits, words_of):
        if in_epithet and e.token_start in in_epithet:
            continue
        if short_starts and e.token_start in short_starts:
            continue
        if hit is None and names_a_thing(e.label, _strip_the(e, words)[1]):
            continue
        if pairs and e in pairs:
            continue  # two people's surnames joined: their contest or ticket, no person (surname_pairs)
        if is_adjective_compound(e.label, words):
            continue  # "Brookfield-based", "Dale Hennick-style": an adjective, no person (adjective_compounds)
        if e.label != "PERSON" and e in headline_people:
            people.append((e, words, None, None))
            continue
        if e.label == "PERSON":
            if hit is None and _thing_tagged_person(e, words) is not None:
                continue  # "Brisco Media", "Pellow Avenue": made an organisation or a place above
        elif not _person_tagged_org(e, words, hit):
            continue  # no person's name (and no generic word read as one, tested below)
        if generic_word(doc, e) or _country_as_person(e, hit) or _hazard(words):
            continue
        stripped_e = _strip_opening_article(doc, _strip_opening_participle(doc, e))
        if stripped_e is not e:
            e, words = stripped_e, _words(doc, stripped_e)
        e, inner = _strip_inner_titles(doc, e, lowered)
        title, _k, affil = _title_before(doc, e, entities_by_end, lowered)
        if inner:
            title = f"{title} {inner}" if title else inner
            words = _words(doc, e)
        people.append((e, words, title, affil))

    # full names first, then single-word mentions fold into them
    people.sort(key=lambda p: (-len(p[1]), p[0].start))
    full_names = _FullNames()
    full_names.honorifics = honorific_sexes(doc, [(p[0], p[1]) for p in people])
    for e, words, title, affil in people:
        name = doc.text[e.start : e.end]
        actor_id = full_names.match(words)
        if actor_id is None and len(words) == 1:
            # "Mr. Okafor" beside Daniel and Laura Okafor: the one of the honorific's sex
            # -- of the full names opening with a person's first word: "Classic Clinton" (a common
            # word a tagger took into a name) tells no sex and stands for nobody (a24, stop 46)
            named = [(n, i) for n, i in full_names.by_surname(words[0]) if _opens_a_name(n.split()[0])]
            actor_id = one_of_sex(named, honorific_gender(doc, e))
        if actor_id is None:
            actor_id = draft.actor_id_named(name, "person")
            full_names.add(words, actor_id)
        _alias(draft, actor_id, name)
        actor = draft.actor_fields(actor_id)
        assert actor is not None
        if title:
            new = _role_titles(title)
            draft.update_actor_fields(actor_id, titles=tuple(dict.fromkeys((*actor.titles, *new))))
        if affil is not None and actor.affiliation is None:
            affil_id = draft.actor_at(affil.start, affil.end)
            if affil_id and affil_id != actor_id:
                draft.update_actor_fields(actor_id, affiliation=affil_id)
        draft.add_mention(actor_id, e.start, e.end)
        full_names.add_tails(words, actor_id)

    for first, end in _apposed_person_names(doc, free_propns):
        # "Ana Ruiz, the foreign minister, said", "The foreign minister, Ana Ruiz, met": a name the
        # small NER model left untagged, apposed to a role noun for one person (issue 14 batch 56)
        words = [doc.tokens[k].text for k in range(first, end)]
        start, stop = doc.tokens[first].start, doc.tokens[end - 1].end
        if draft.actor_at(start, stop) is not None:
            continue
        actor_id = full_names.match(words) or draft.actor_id_named(doc.text[start:stop], "person")
        full_names.add(words, actor_id)
        draft.add_mention(actor_id, start, stop)
        full_names.add_tails(words, actor_id)

    for e, key in surname_entities:
        actor_id = full_names.tail(key)
        if actor_id is not None:
            draft.add_mention(actor_id, e.start, e.end)
    for first, end, key in _untagged_surnames(doc, sorted({*free_propns, *scan.capitalised_commons}) if tails else free_propns, tails):
        start, stop = doc.tokens[first].start, doc.tokens[end - 1].end
        actor_id = full_names.tail(key)
        if actor_id is not None and draft.actor_at(start, stop) is None:
            draft.add_mention(actor_id, start, stop)

    if epithets:
        add_country_epithets(doc, draft, epithets)
    add_country_back_references(doc, draft)  # "... Niger. France suspended aid to the country."
    add_place_groups(doc, draft, lowered)  # "Pacific Island leaders": the officials, not the place
    _group_actors(doc, draft, lowered, group_candidates)
    add_generic_agents(doc, draft, lowered, nouns=agent_nouns)
    recode_legislative_deputies(doc, draft)  # "opposition deputies": legislators, not a sheriff's (e93 stop 48)
    add_body_agents(doc, draft, doc.lowered_lemmas(), nouns=scan.body_nouns)
    add_civic_bodies(doc, draft, doc.lowered_lemmas())  # "the lower house", "the city sued"
    add_placed_towns(draft)  # "downtown Brookfield", "the city of Ridgeway": towns, before "he" looks for a person
    drop_common_word_people(draft)  # "Acceptance grew", "Tolerance, she says, ...": no person (a25 stop 47)
    add_coded_towns(draft)  # "in Sacramento": a coded town, before "she" looks for a person (a25 stop 47)
    _chains(doc, draft)
    role_holders = add_indefinite_role_people(doc, draft, nouns=scan.role_nouns)
    add_role_people(doc, draft, person_pronouns, nouns=scan.role_nouns)
    _pronouns(doc, draft, person_pronouns)
    add_codes(draft)
    add_state_places(draft)  # "Onawa, Iowa,", "Laredo, Tex.": towns, not people
    code_from_affiliation(draft, role_holders)
    # aliases: drop the canonical name itself
    # (most actors have no alias, or none to drop: those are not touched, as
    # update_actor_fields would find nothing changed)
    for actor_id in draft.actor_ids:
        a = draft.actor_fields(actor_id)
        assert a is not None
        aliases = a.aliases
        if aliases and (a.name in aliases or len(set(aliases)) != len(aliases)):
            draft.update_actor_fields(a.id, aliases=tuple(x for x in dict.fromkeys(aliases) if x != a.name))


def _group_actors(doc: AnnotatedDocument, draft: Draft, lowered: list[str], candidates: list[tuple[Token, str]]) -> None:
    """Anonymous collective sources ("officials", "the sources") as ``group`` actors.

    ``lowered``: the tokens' text in lower case, made once for the whole extractor;
    ``candidates``: the plural group nouns and their lower-case text (:func:`_scan_tokens`)."""
    for t, low in candidates:
        if draft.actor_at(t.start, t.end):
            continue
        if national_only(t) and (_country_before(doc, draft, t) or capital_after(doc, draft, t)):
            continue  # "Turkish officials", "officials in Ankara": a state's officials (add_generic_agents)
        start = t.start
        if t.i > 0 and lowered[t.i - 1] == "the":
            start = doc.tokens[t.i - 1].start
        actor_id = draft.actor_id_named(low, "group")
        draft.add_mention(actor_id, start, t.end)
        actor = draft.actor_fields(actor_id)
        code = None if national_only(t) else longest_agent(doc, t)  # bare "officials" may be anyone's
        if actor is not None and actor.code is None and code is not None and CODE.match(code[1]):
            draft.update_actor_fields(actor_id, code=code[1])


def _country_before(doc: AnnotatedDocument, draft: Draft, t) -> bool:  # type: ignore[no-untyped-def]
    """A country or nationality mention right before ``t`` ("Turkish officials")."""
    if t.i == doc.sentences[t.sent].token_start:
        return False
    prev = doc.tokens[t.i - 1]
    actor = draft.actor_fields(draft.actor_at(prev.start, prev.end))
    return actor is not None and actor.kind == "country"


def _chains(doc: AnnotatedDocument, draft: Draft) -> None:
    """Use the engine's coreference chains: every mention joins the chain's actor."""
    for chain in doc.chains:
        ids = [draft.actor_at(a, z) for a, z in chain.mentions]
        known = [i for i in ids if i]
        if not known:
            continue
        rep = ids[chain.representative] or known[0]
        for (a, z), actor_id in zip(chain.mentions, ids):
            if actor_id is None:
                draft.add_mention(rep, a, z)


def _pronouns(doc: AnnotatedDocument, draft: Draft, person_pronouns: list[Token]) -> None:
    """he/she/his/her -> the person it stands for, unless a chain placed it already.

    Chains from the engine win (``_chains`` runs first and the pronoun then
    has a mention); a pronoun the coreference model left out is resolved by
    :func:`~newsmodel.extractors.pronouns.person_antecedent` (gender,
    quotations, the previous sentence's subject), in text order so that
    each pronoun resolved tells the gender of its person to the next.
    ``person_pronouns``: the pronoun tokens, in order (:func:`_scan_tokens`).
    """
    # (a person named by a common noun -- coded "the president", or "the businessman" of
    # role_people -- is left to the statement and denial rules' own resolution, which reads every
    # person: here "his" would turn "his rival" into a mention of the businessman, roles.actor_of)
    persons = {a.id for a in map(draft.actor_fields, draft.actor_ids) if a is not None and a.kind == "person" and not is_generic(a) and not a.name[:1].islower()}
    if not persons:
        return
    ctx = draft.context if doc is draft.doc else None
    for t in person_pronouns:
        if draft.actor_at(t.start, t.end) is not None:
            continue
        subject = _coordinate_subject(doc, draft, t, persons)
        if subject is None and ctx is not None:
            subject = person_antecedent(ctx, t.start, t.text, allowed=persons)
        if subject is not None and ctx is not None:
            add_pronoun_mention(ctx, subject, t.start, t.end)
        elif subject is not None:
            draft.add_mention(subject, t.start, t.end)


def _coordinate_subject(doc: AnnotatedDocument, draft: Draft, t: Token, persons: set[str]) -> str | None:
    """The person subject of the clause a subject "he"/"she" continues: "Marsh did not question the
    judge's ruling, but she did call for ..." (the clause conjoined to, or hung on, the one whose
    subject is a person) -- the subject carries on, not the last name read ("the judge's"; issue
    14 batch 52, spaCy on PolNeAR train). Parse only."""
    if not doc.has_parse or t.dep != "nsubj" or t.text.lower() not in ("he", "she") or t.head is None:
        return None
    verb = doc.tokens[t.head]
    if verb.dep not in ("conj", "advcl") or verb.head is None:
        return None
    main = doc.tokens[verb.head]
    subj = next((c for c in doc.children(main.i) if c.dep == "nsubj" and c.i < t.i), None)
    if subj is None:
        return None
    a = draft.actor_at(subj.start, subj.end)
    return a if a in persons else None
