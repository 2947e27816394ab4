"""Heuristic named-entity pass for the rules engine.

Three sources of evidence, in order of trust:

1. the gazetteer (``gazetteer.tsv``): countries, capitals, demonyms, seats
   of power and well-known organisations, longest match first;
2. capitalised sequences (names), with titles and honorifics
   (``titles.tsv``) split off the front so that "President Vladimir Putin"
   yields the PERSON "Vladimir Putin", and organisation head words
   (``org_words.tsv``) turning "Brussels Morning Newspaper" into an ORG;
3. dates: weekdays, months, years and "last/next/this year|week|month"
   (``dates.tsv``).

Labels are OntoNotes names so that the extractors see the same labels as
from spaCy or stanza.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, repeat
from operator import and_, itemgetter

from ... import lexicons
from ...lexicons import gazetteer, match_title, titles
from ...lexicons.dates import date_anchor_words
from ...lexicons.formal_states import formal_state, is_state_style
from ...lexicons.nouns import org_head_word
from ..headline_case import is_common_word
from ..headline_vocabulary import general_common
from .date_spans import widen_dates
from .opening_forms import common_plural, participle_before_by
from .opening_words import common_opener, name_words, names_a_body, opens_quotation, paired_words
from .sentences import is_middle_initial
from .tagger import noun_singular
from .word_facts import facts_of

__all__ = ["find_entities", "gazetteer", "match_title", "titles"]

_GAZ_LABEL = {"country": "GPE", "capital": "GPE", "demonym": "NORP", "seat": "ORG", "org": "ORG", "region": "LOC"}
_PARTICLE_PREFIX = re.compile(r"^(al|el|bin|ibn|abu|de|van)-[A-Z]")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
#: A party-and-state tag after a US legislator's name: "(D-Mont.)", "(R-N.H.)", "(I-Vt.)".
_PARTY_TAG = re.compile(r"^[DRI](?:-[A-Z]|$)")  # "(D-Mont.)", and a bare "(D)" / "(R)" / "(I)" (lead at stop 40)


def _comma_party_tag(words: list[str], i: int, s_end: int) -> bool:
    """``words[i]`` is a party-and-state tag set off by commas after a capitalised name ("Tom
    Hale, R-Ohio, said"): a party letter, a hyphen and a capitalised state, then a comma, a full
    stop or the sentence's end."""
    if not (_PARTY_TAG.match(words[i]) and len(words[i]) > 2) or i < 2 or not words[i - 2][:1].isupper():
        return False
    k = i + 1
    while k < s_end and words[k] == ".":
        k += 1
    return k >= s_end or words[k] in (",", ";", ")", "—", "–", "--")


def _is_cap(w: str) -> bool:
    # the first letter answers the letter test for nearly every word ("Ⓐ" is upper case, not a letter)
    return w[:1].isupper() and (w[0].isalpha() or any(ch.isalpha() for ch in w))


# Facts about one word that the entity pass tests, as bits (see :func:`_word_facts`).
_WEEKDAY, _MONTH, _RELATIVE, _UNIT, _YEARISH, _CAP, _PARTICLE, _PREFIX = (1 << k for k in range(8))
#: A word with none of these bits neither starts a date nor a name: the pass skips it.
_STARTS_SOMETHING = _WEEKDAY | _RELATIVE | _YEARISH | _CAP
#: A word that makes a date of the words around it ("yesterday", "ago"): read by ``date_spans``.
_DATE_ANCHOR = 1 << 8

#: Word -> bit set of its entity-relevant facts, computed on first sight and shared by all
#: documents, so the per-token work of :func:`find_entities` is one dictionary read (done by
#: ``map``, in C).  A plain dictionary of strings and integers: CPython's collector never
#: tracks it, so this table, which lives as long as the process, costs a full collection
#: nothing (a ``dict`` subclass with ``__missing__`` is always tracked and was walked
#: entry by entry).  Cleared when it grows past :data:`_FACTS_MAX`.
_FACTS: dict[str, int] = {}
_FACTS_MAX = 200_000
#: A capitalised run's words -> its entities, as (start, end, label) offsets into the run.
#: Tuples of strings and integers only, which the collector untracks (see :data:`_FACTS`).
_RUNS: dict[tuple[str, ...], tuple[tuple[int, int, str], ...]] = {}
_RUNS_MAX = 100_000


@lru_cache(maxsize=1)
def _lexicon_bits() -> dict[str, int]:
    """Lower-case word -> the bits of the word lists it is in (weekdays, months, relative date
    words, date units, name particles), so that a new word's lists take one lookup."""
    out: dict[str, int] = {}
    for bit, members in (
        (_WEEKDAY, lexicons.weekdays()),
        (_MONTH, lexicons.months()),
        (_RELATIVE, lexicons.relative_date_words()),
        (_UNIT, lexicons.date_units()),
        (_PARTICLE, lexicons.word_class("engine_words.tsv", "name-particle")),
        (_DATE_ANCHOR, date_anchor_words()),
    ):
        for word in members:
            out[word] = out.get(word, 0) | bit
    return out


def _word_facts(w: str) -> int:
    """The bit set of ``w``'s facts (see :data:`_FACTS`)."""
    return (
        _lexicon_bits().get(w.lower(), 0)
        | (_YEARISH if _YEAR.match(w) else 0)
        | (_CAP if _is_cap(w) else 0)
        | (_PREFIX if _PARTICLE_PREFIX.match(w) else 0)
    )


def _facts_of(words: list[str]) -> list[int]:
    """The fact bits of each word, from :data:`_FACTS` (filled for the words not seen before)."""
    return facts_of(words, _FACTS, _word_facts, _FACTS_MAX)


@lru_cache(maxsize=1)
def _longest_gazetteer_key() -> int:
    return max((len(k) for k in gazetteer()), default=1)


def find_entities(
    words: list[str], sent_bounds: list[tuple[int, int]], pos: list[str], recased: frozenset[int] = frozenset()
) -> list[tuple[int, int, str]]:
    """Entities as (token_start, token_end, label), sorted, non-overlapping.

    ``recased``: the first tokens of the sentences that are title-case headlines ``words`` holds
    in a recased copy (their capitals say less: the general-word test of ``common_opener`` is
    left out there).

    Only the tokens that can start a date or a name are visited (found with
    ``map`` and ``compress`` over the per-word facts); the others would be
    stepped over one by one.  The entities of a capitalised run depend on
    its words alone, so they are remembered across documents ("Donald
    Trump" is labelled once).
    """
    facts = _facts_of(words)
    starts_something = compress(range(len(words)), map(and_, facts, repeat(_STARTS_SOMETHING)))
    ents: list[tuple[int, int, str]] = []
    append = ents.append
    runs = _RUNS
    if len(runs) > _RUNS_MAX:
        runs.clear()
    sentence = iter(sent_bounds)
    s_start = s_end = s_first = 0
    resume = 0  # the first token not yet inside an entity
    name_pairs: frozenset[str] | None = None  # words of two-word names, read once when needed
    lower_words: frozenset[str] | None = None  # the document's words in lower case as written, read once when needed
    person_words: frozenset[str] | None = None  # words of two-word names, function words aside (opening_words)
    for i in starts_something:
        if i < resume:
            continue
        while s_end <= i:
            s_start, s_end = next(sentence)
            s_first = _first_word(words, s_start, s_end)
        f = facts[i]
        # dates
        if f & _WEEKDAY or (f & _MONTH and f & _CAP):
            j = i + 1
            while j < s_end and (words[j].isdigit() or words[j] == ","):
                if words[j] == "," and not (j + 1 < s_end and facts[j + 1] & _YEARISH):
                    break
                j += 1
            append((i, j, "DATE"))
            resume = j
            continue
        if f & _RELATIVE and f & _CAP and i + 1 < s_end and facts[i + 1] & _MONTH and facts[i + 1] & _CAP:
            # "Last September, German authorities ...": a month after a relative word is a date,
            # not a capitalised name (issue 14 batch 52: the run was read as a person)
            append((i, i + 2, "DATE"))
            resume = i + 2
            continue
        if f & _RELATIVE and i + 1 < s_end and facts[i + 1] & _UNIT:
            append((i, i + 2, "DATE"))
            resume = i + 2
            continue
        if f & _YEARISH and pos[i] == "NUM":
            append((i, i + 1, "DATE"))
            resume = i + 1
            continue
        if not f & _CAP or pos[i] != "PROPN":
            continue
        if i > s_start and words[i - 1] in _CLOCK_SUFFIX_CASES and words[i].rstrip(".").isupper() and len(words[i].rstrip(".")) <= 4:
            # "5:30 p.m. EST", "9 a.m. ET": the time zone of a clock time, no name (a18, stop 42)
            resume = i + 1
            continue
        if i > s_start and words[i - 1] == "(" and _PARTY_TAG.match(words[i]) and (len(words[i]) > 1 or i + 1 < s_end and words[i + 1] == ")"):
            # "Ana Ruiz (D-Mont.)", "Dan Colby (R-N.H.)", "Roy Cooper (D)": a US politician's party
            # (and state), no name of its own (issue 14 batch 52: it was read as a person who acts)
            resume = next((k for k in range(i, min(s_end, i + 8)) if words[k] == ")"), i + 1)
            continue
        if i > s_start and words[i - 1] == "," and _comma_party_tag(words, i, s_end):
            # "Sen. Ana Ruiz, D-Mont., said", "Rep. Dan Colby, R-N.H.": the same tag set off by
            # commas, AP style (issue 14, helper a20 at stop 43: read as a person)
            resume = i + 1
            continue
        # a run of proper-noun tokens (with name particles and hyphenated parts)
        j = i
        while j < s_end and (
            (facts[j] & _CAP and pos[j] == "PROPN")
            or (facts[j] & _PARTICLE and j + 1 < s_end and facts[j + 1] & _CAP and j > i)
            or facts[j] & _PREFIX
            or words[j] == "." and _initial_stop(words, facts, pos, i, j, s_end)  # (its first test, asked here)
        ):
            j += 1
        if i == s_start + 1 and j == i + 1 and words[s_start] in _org_openers() and _country(words[i]):
            # "Air France pilots walked out": the tagger read the opening word as a common noun;
            # a capitalised noun right before a country opens an organisation's name (see _label_run)
            append((s_start, j, "ORG"))
            resume = j
            continue
        if j - i >= 2 and facts[j - 1] & _WEEKDAY:
            # "Super Tuesday", "Black Friday", "Good Friday": a named day, no person or group
            append((i, j, "DATE"))
            resume = j
            continue
        # the two names that go on after the run ("Republic of Korea", "Ministry of Defence") need
        # "of" or a possessive next: tested here, so the usual run calls neither function
        next_word = words[j] if j + 1 < s_end else ""
        state_end = _formal_state_end(words, facts, pos, i, j, s_end) if next_word == "of" or next_word in _POSSESSIVES else None
        if state_end is not None:
            # "the Republic of Korea", "the People's Republic of China": one country, not a
            # person "Republic" and a place (issue 14, helper a10; lexicons.formal_states)
            append((i, state_end, "GPE"))
            resume = state_end
            continue
        key = tuple(words[i:j])
        found = runs.get(key)
        if found is None:
            found = runs[key] = tuple(_label_run(key))
        of_name = _of_name(words, facts, pos, i, j, s_end, found, runs) if next_word == "of" else None
        if of_name is not None:
            # "the Ministry of Defence", "the Court of Appeals": one organisation (issue 14, a8)
            found, merged, tail_start, tail_rest, j = of_name
        for a, b, label in found:
            if label == "PERSON" and b - a == 1 and _place_context(words, i + a, s_start, s_end):
                label = "GPE"
            if label == "PERSON" and i == s_first and j == i + 1 and _no_party_plural(words[i]):
                continue  # "Wolves killed dozens of sheep": a capital of position, not a name
            if label == "PERSON" and i == s_first and j == i + 1 and words[i].lower() in _quantifiers():
                continue  # "Many of them negotiated", "Several said": a quantifier, no name (batch 52)
            if label == "PERSON" and i == s_first and j == i + 1 and _people_plural(words, i, s_end):
                if name_pairs is None:
                    name_pairs = _name_pair_words(words)
                if words[i] not in name_pairs:
                    continue  # "Shoppers lined up", "Critics say": people named by what they are, no name
            if label == "PERSON" and j == i + 1 and (i == s_first or opens_quotation(words, i, s_start)) and (
                common_plural(words, pos, i, s_end) or participle_before_by(words, i, s_end)
            ):
                if name_pairs is None:
                    name_pairs = _name_pair_words(words)
                if words[i] not in name_pairs:
                    continue  # "Things are ...", "Flanked by aides, ...": an inflected common word, no name (opening_forms)
            if i == s_first and j == i + 1 and words[i].lower() in _TIME_SPANS:
                continue  # "Hours later, she issued a statement": a time, not a name
            if label == "PERSON" and i == s_first and j == i + 1 and words[i][1:].islower() and _modifies_a_noun(words, pos, i, s_end):
                if lower_words is None:
                    lower_words = _lower_case_words(words)
                if words[i].lower() in lower_words:
                    if name_pairs is None:
                        name_pairs = _name_pair_words(words)
                    if words[i] not in name_pairs:
                        continue  # "Climate campaigners ..." with "climate" elsewhere: a common word, no name
            if label == "PERSON" and j == i + 1 and (i == s_first or opens_quotation(words, i, s_start)):
                if lower_words is None:
                    lower_words = _lower_case_words(words)
                if common_opener(words, pos, i, s_end, lower_words, general=s_start not in recased):
                    if person_words is None:
                        person_words = name_words(words)
                    if words[i] not in person_words:
                        continue  # "Today, ..." with "today" elsewhere, "Tellingly,": a common word (opening_words)
            if label == "PERSON" and a == 0 and b == j - i and names_a_body(words, pos, i, j, s_start, s_end):
                if person_words is None:
                    person_words = name_words(words)
                if (j > i + 1 or words[i] not in person_words) and words[i].lower() not in _given_names():
                    label = "ORG"  # "the Observer reported", "the Daily Clarion said": names of people take no article (opening_words)
            if label == "PERSON" and _quoted_title(words, i + a, i + b, s_first, s_end):
                label = "WORK_OF_ART"  # a title quoted in running text: 'the ad titled "Dangerous,"', 'the show "Morning Joe"'
            append((i + a, i + b, label))
        if of_name is not None:
            append(merged)
            for a, b, label in tail_rest:
                append((tail_start + a, tail_start + b, label))
        resume = j
    ents.sort()
    return widen_dates(words, sent_bounds, ents, compress(range(len(words)), map(and_, facts, repeat(_DATE_ANCHOR))))


def _modifies_a_noun(words: list[str], pos: list[str], i: int, s_end: int) -> bool:
    """A lower-case noun or adjective follows ``words[i]``: the word modifies it ("Climate
    campaigners", "Several degrees"), as a name before a verb ("Video shows", "Smith said") does not."""
    return i + 1 < s_end and words[i + 1][:1].islower() and pos[i + 1] in ("NOUN", "ADJ")


def _lower_case_words(words: list[str]) -> frozenset[str]:
    """The words written in lower case anywhere in the document. A capitalised word that opens a
    sentence and is written in lower case elsewhere ("Climate campaigners ...", "climate policy")
    is a common word there, no name: names are not written in lower case. Made once per document
    by :func:`find_entities` when a candidate needs it."""
    return frozenset(compress(words, map(str.islower, map(_FIRST_LETTER, words))))


#: A word's first character ("" for an empty word), taken in C by :func:`_lower_case_words`.
_FIRST_LETTER = itemgetter(slice(None, 1))


#: Longer words a quoted title may leave in lower case ("Face the Nation" keeps "the": three letters).
_TITLE_LOWER = frozenset({"with", "from", "into", "over", "onto", "upon", "than", "that", "amid", "after", "about", "your", "their"})


def _quote_mark(w: str) -> bool:
    """``w`` is made of quote marks only (the set test walks the word's characters in C)."""
    return bool(w) and _QUOTE_CHARS.issuperset(w)


_QUOTE_CHARS = frozenset("\"'“”‘’`«»")


def _quoted_title(words: list[str], a: int, b: int, s_first: int, s_end: int) -> bool:
    """The name ``words[a:b]`` lies inside a quotation in running text whose every longer word is
    capitalised: a title ('an ad titled "Dangerous,"', "the show ''Morning Joe''", 'an essay titled
    "Seriously, Bet On The Past"'), which spaCy labels WORK_OF_ART, not a person. The quotation
    must open after the sentence's first word (a quotation opening the sentence is speech: '"Trump,"
    she said') and close within ten words; a longer word in lower case inside it makes it speech."""
    k = a - 1
    while k > s_first and a - k <= 10 and not _quote_mark(words[k]):
        w = words[k]
        if w[:1].islower() and len(w) > 3 and w not in _TITLE_LOWER:
            return False
        k -= 1
    if k <= s_first or not _quote_mark(words[k]):
        return False
    m = b
    while m < s_end and m - b <= 10 and not _quote_mark(words[m]):
        w = words[m]
        if w[:1].islower() and len(w) > 3 and w not in _TITLE_LOWER:
            return False
        m += 1
    return m < s_end and _quote_mark(words[m])


#: Tokens that may open a sentence before its first word: quotation marks (also the doubled
#: apostrophes of some wire copy, "''Several ..."), brackets.
_OPENERS = frozenset("\"'“‘«([`")


def _first_word(words: list[str], s_start: int, s_end: int) -> int:
    """The first word of the sentence ``words[s_start:s_end]`` past opening quotation marks and
    brackets: a quoted sentence's opener is as much a sentence start as a plain one ("''Several
    degrees ...", where the checks below for quantifiers and plurals apply too)."""
    k = s_start
    while k < s_end - 1 and words[k] and _OPENERS.issuperset(words[k]):
        k += 1
    return k


def _of_name(
    words: list[str], facts: list[int], pos: list[str], i: int, j: int, s_end: int,
    found: tuple[tuple[int, int, str], ...], runs: dict,  # type: ignore[type-arg]
) -> tuple[tuple[tuple[int, int, str], ...], tuple[int, int, str], int, tuple[tuple[int, int, str], ...], int] | None:
    """An organisation whose name goes on after "of": "Ministry of Defence", "Bank of England",
    "Court of Appeals", "University of Texas", "Department of Homeland Security", "Supreme Court
    of the United States".  The capitalised run ``words[i:j]`` ends in an organisation's head word
    (``org_words.tsv`` class ``org_head``), "of" (and "the") follows, then another capitalised run:
    the first name of that run belongs to the organisation's name.  A head word says the name
    names a body, so the run after "of" says which one; a title does not ("the President of
    France" stays a person and a country: "President" is no head word).  A possessive after the
    second name ("informed the Senate of Iran's plans") makes it the object of "of", no part of a
    name.

    Returns (the run's own entities less the head's, the merged ORG entity, the second run's first
    token, the second run's other entities, the second run's end), or None.
    """
    if not found or j + 1 >= s_end or words[j] != "of":
        return None
    a, b, label = found[-1]
    if label != "ORG" or b != j - i or words[j - 1] not in lexicons.org_heads():
        return None
    t0 = j + 1 + (words[j + 1] == "the")
    t1 = t0
    while t1 < s_end and facts[t1] & _CAP and pos[t1] == "PROPN":
        t1 += 1
    if t1 == t0:
        return None
    key = tuple(words[t0:t1])
    tail = runs.get(key)
    if tail is None:
        tail = runs[key] = tuple(_label_run(key))
    if not tail or tail[0][0] != 0:
        return None  # a title after "of" ("Ministry of President Ruiz"): no part of the name
    end = t0 + tail[0][1]
    if end < s_end and words[end] in ("'s", "’s"):
        return None
    return found[:-1], (i + a, end, "ORG"), t0, tail[1:], t1


def _formal_state_end(words: list[str], facts: list[int], pos: list[str], i: int, j: int, s_end: int) -> int | None:
    """The end of a state's formal style opening at the capitalised run ``words[i:j]`` ("Islamic
    Republic of Iran", "People 's Republic of China", "Kingdom of the Netherlands"), or None.

    The run may go on over a possessive ("People's"); its last word must be a style head and
    "of" must follow, so most runs are answered by one look at the next word.  The longest
    country the gazetteer lists after "of" (and "the") ends the name."""
    m = j
    while m + 1 < s_end and words[m] in _POSSESSIVES and facts[m + 1] & _CAP:
        m += 2
        while m < s_end and facts[m] & _CAP and pos[m] == "PROPN":
            m += 1
    if m + 1 >= s_end or words[m] != "of" or not is_state_style(words[m - 1]):
        return None
    t0 = m + 1 + (words[m + 1] == "the")
    t1 = t0
    while t1 < s_end and facts[t1] & _CAP:
        t1 += 1
    for end in range(t1, t0, -1):
        if formal_state(words[i:end]) is not None:
            return end
    return None


_POSSESSIVES = frozenset({"'s", "’s"})


@lru_cache(maxsize=1)
def _place_words() -> tuple[frozenset[str], frozenset[str]]:
    """``engine_words.tsv`` classes ``place-of`` and ``place-before``."""
    return lexicons.word_class("engine_words.tsv", "place-of"), lexicons.word_class("engine_words.tsv", "place-before")


def _place_context(words: list[str], k: int, s_start: int, s_end: int) -> bool:
    """The one unknown capitalised word at ``k`` is a place by its context: "the town of Bunia",
    "a base near Kalemba". A name alone says nothing of its kind, and the tagger's default is a
    person; a possessive after it ("near Smith's house") keeps the person."""
    if k + 1 < s_end and words[k + 1] in ("'s", "’s"):
        return False
    of, before = _place_words()
    if k - 1 >= s_start and words[k - 1].lower() in before:
        return True
    return k - 2 >= s_start and words[k - 1].lower() == "of" and words[k - 2].lower() in of


#: Spans of time a sentence may open with ("Hours later", "Days after the vote", "Weeks earlier").
_TIME_SPANS = frozenset({
    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "moments", "nights", "centuries",
})


def _no_party_plural(word: str) -> bool:
    """``word`` is the plural of an animal, a plant, a natural phenomenon or a group of animals
    (class ``no-party`` of ``noun_kinds_wordnet.tsv``: "Wolves", "Locusts", "Herds", "Storms"). Alone
    at the start of a sentence the tagger reads it as a name; a surname is no plural of such a noun
    in the form written ("Fox said" is singular and stays a name)."""
    low = word.lower()
    if not (low.endswith("s") and word[1:].islower()) or low.endswith("ss"):
        return False
    from ...lexicons.nouns import no_party_nouns
    from .tagger import noun_singular

    nouns = no_party_nouns()
    return noun_singular(low) in nouns or low[:-1] in nouns or (low.endswith("ves") and low[:-3] + "f" in nouns)


@lru_cache(maxsize=1)
def _quantifiers() -> frozenset[str]:
    """Words that count or sort people ("many", "several", "few"): class ``counting-adjective`` of
    ``actor_words.tsv``."""
    return lexicons.word_class("actor_words.tsv", "counting-adjective")


#: Singular present verbs after which a capitalised word in -s opening a sentence is a surname
#: ("Masters says", "Parsons has"): a plural subject would not take them.
_SINGULAR_VERBS = frozenset({"says", "has", "is", "was", "does", "tells", "writes", "adds", "argues", "thinks"})


def _people_plural(words: list[str], k: int, s_end: int) -> bool:
    """``words[k]``, alone at the start of a sentence, is the plural of a noun for people ("Shoppers
    lined up", "Critics said", "Women marched"): WordNet's people nouns (class ``people`` of
    ``noun_kinds_wordnet.tsv``), the person nouns of ``org_words.tsv`` and class ``people-opener``
    of ``engine_words.tsv``. The tagger reads a capitalised word there as a name; the actor rules
    type the plural as a group of people. Not a surname: a singular verb after it ("Masters says")
    keeps the name, and so does the word inside a longer capitalised name elsewhere in the document
    ("John Masters", tested by the caller with :func:`_name_pair_words`; issue 14 batch 52)."""
    word = words[k]
    low = word.lower()
    if not word[1:].islower() or low.endswith("ss"):
        return False
    people = _people_nouns()
    if low.endswith(("men", "women")) and low[:-3] + "man" in people:
        singular = low[:-3] + "man"
    elif low in ("children", "people"):
        singular = "child" if low == "children" else "person"
    elif low.endswith("s"):
        singular = noun_singular(low)
        if singular not in people:
            singular = low[:-1]
    else:
        return False
    if singular not in people:
        return False
    return not (k + 1 < s_end and words[k + 1].lower() in _SINGULAR_VERBS)


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Nouns for people whose capitalised plural opening a sentence is no name (see :func:`_people_plural`)."""
    from ...lexicons.nouns import person_nouns, wordnet_people

    return wordnet_people() | person_nouns() | lexicons.word_class("engine_words.tsv", "people-opener")


def _name_pair_words(words: list[str]) -> frozenset[str]:
    """The words standing right after or before another capitalised word anywhere in the document
    ("John Masters", "Masters Jr"): parts of people's names. One pass, made once per document by
    :func:`find_entities` when a candidate needs it."""
    return paired_words(words, facts_of(words, _CAPITALISED, _capitalised, _FACTS_MAX))


def _capitalised(w: str) -> bool:
    """``w`` is written as a name's part is: a capital, then lower case, more than one letter."""
    return _is_cap(w) and w[1:].islower() and len(w) > 1


#: Word -> :func:`_capitalised`'s answer, kept across documents; bounded like :data:`_FACTS`.
_CAPITALISED: dict[str, bool] = {}


def _initial_stop(words: list[str], facts: list[int], pos: list[str], i: int, j: int, s_end: int) -> bool:
    """The full stop of a middle initial inside a name ("Loretta E. Lynch", "John F. Kennedy"),
    before another capitalised name word -- so the name stays one entity."""
    return (
        words[j] == "." and j >= i + 2 and j + 1 < s_end
        and is_middle_initial(words[j - 2], words[j - 1])
        and bool(facts[j + 1] & _CAP) and pos[j + 1] == "PROPN"
    )


@lru_cache(maxsize=1)
def _org_openers() -> frozenset[str]:
    """Words that open an organisation's name before a country ("Air France"): ``org_words.tsv``."""
    return frozenset(r[0] for r in lexicons.rows("org_words.tsv") if len(r) >= 2 and r[1] == "org_opener")


def _country(word: str) -> bool:
    return gazetteer().get((word,), ("",))[0] == "country"


def _label_run(words: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Split one capitalised run into titles, gazetteer hits and names: (start, end, label) in the run."""
    gaz, max_gaz, org_heads = gazetteer(), _longest_gazetteer_key(), lexicons.org_heads()
    out: list[tuple[int, int, str]] = []
    j = len(words)
    k = 0
    titled = False  # a title was split off the run's front
    while k < j:
        # titles and honorifics are not part of the name
        n = match_title(words, k, j)
        if n and k + n == j - 1 and words[j - 1] in org_heads:
            # "Justice Department", "General Assembly": a title word naming what an organisation
            # does, then the organisation's head word -- no title before a name
            out.append((k, j, "ORG"))
            return out
        if n:
            k += n
            titled = True
            continue
        rest = words[k:j]
        if _person_named_like_a_body(rest, titled):
            out.append((k, j, "PERSON"))  # "Gregory House", "Speaker Paul House": a person, no chamber
            return out
        if rest in gaz:  # the whole remainder is a known place or organisation
            out.append((k, j, _GAZ_LABEL.get(gaz[rest][0], "ORG")))
            return out
        # an organisation whose name ends in a head word: "Brussels Morning Newspaper"
        heads = [m for m in range(k + 1, j) if org_head_word(words[m])]
        if heads:
            out.append((k, heads[-1] + 1, "ORG"))
            k = heads[-1] + 1
            continue
        # longest gazetteer match
        hit = 0
        for n in range(min(max_gaz, j - k), 0, -1):
            if words[k : k + n] in gaz:
                hit = n
                break
        if hit and gaz[words[k : k + hit]][0] == "region" and k + hit < j and not match_title(words, k + hit, j) and words[k + hit : k + hit + 1] not in gaz:
            hit = 0  # a region's name opening a longer name ("Virginia Foxx", "Kansas City"): the name
        if hit:
            out.append((k, k + hit, _GAZ_LABEL.get(gaz[words[k : k + hit]][0], "ORG")))
            k += hit
            continue
        if k + 1 < j and words[k].lower() in _compass_points():
            n = _place_starts(words, k + 1, j, gaz, max_gaz, shortest=1, kinds=("region",))
            if n:
                out.append((k, k + 1 + n, "LOC"))  # "South Florida", "Northern Ohio": one place (a20, stop 43)
                k += 1 + n
                continue
        if _is_demonym_compound(words[k], gaz):
            out.append((k, k + 1, "NORP"))
            k += 1
            continue
        # the name: up to the next title or gazetteer hit
        m = k + 1
        while m < j and not match_title(words, m, j) and (words[m : m + 1] not in gaz or _demonym_surname(words, m, gaz)) and not _place_starts(words, m, j, gaz, max_gaz):
            m += 1
        name = words[k:m]
        if m - k >= 3 and _descriptor_before_given_name(name):
            k += 1  # "Billionaire Ann Welsh", "Veteran Tom Hale": a general word describing the person named after it (a20, stop 43)
            continue
        if m - k >= 3 and _group_word_before_given_name(name):
            # "Republican Donald Trump", "Democrat Ann Welsh": the party or faith of the person named
            # after it, a people's word as alone (spaCy: NORP), not the name's first word (a24, stop 46)
            out.append((k, k + 1, "NORP"))
            k += 1
            continue
        if m == k + 1 and words[k].lower() in _group_adjectives():
            # "the Democratic nomination", "Jewish groups", "Republican Sen. Tom Hale": a party, a faith
            # or a people, no person's name (spaCy: NORP); ``engine_words.tsv`` group-adjective
            out.append((k, m, "NORP"))
            k = m
            continue
        if m == k + 1 and m + 1 == j and words[k] in _org_openers() and gaz.get(words[m:j], ("",))[0] == "country":
            # an organisation named after its country: "Air France", "Radio France", "Air India"
            # -- not a person "Air" and the country (issue 14 batch 9; ``org_words.tsv`` org_opener)
            out.append((k, j, "ORG"))
            return out
        if _capitals_of_common_words(name):
            k = m  # "FULL TEXT", "ABSTRACT", "GAS TAX": a label or headline in capitals, no acronym (a18)
            continue
        if all(w.isupper() and len(w) > 1 for w in name) or org_head_word(name[-1]):
            label = "ORG"  # acronyms not in the gazetteer, "Times", "Ministry"
        elif venue_name(name):
            label = "FAC"  # "Grand Avenue", "Corbin Square Garden": a street or a venue (a21, stop 44)
        else:
            label = "PERSON"
        out.append((k, m, label))
        k = m
    return out


#: What ends a clock time in news copy ("5:30 p.m."); a short word in capitals after it is a time zone.
_CLOCK_SUFFIXES = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m"})


def _case_variants(word: str) -> set[str]:
    """Every spelling of ``word`` in upper and lower case letters ("am", "aM", "Am", "AM")."""
    out = {""}
    for ch in word:
        out = {o + c for o in out for c in {ch.lower(), ch.upper()}}
    return out


#: The words whose lower case is one of :data:`_CLOCK_SUFFIXES`, so that the name loop tests the word
#: as written, with no lower-case copy per proper noun: no character but "A", "M" and "P" lowers to
#: "a", "m" or "p", and none to "." (checked over all of Unicode; tests/test_engine_speed_equivalence.py).
_CLOCK_SUFFIX_CASES = frozenset(v for w in _CLOCK_SUFFIXES for v in _case_variants(w))


def _capitals_of_common_words(name: tuple[str, ...]) -> bool:
    """``name`` is written in capitals and every word of it is a common English word (the
    WordNet words of :func:`..headline_vocabulary.general_common`, less the name lexicons' words): a
    section label ("FULL TEXT") or a headline set in capitals ("GAS TAX STALLS"), not an acronym.
    An acronym is no word ("NATO", "UNESCO", "AFL-CIO"). A single word must be known to the
    recaser's vocabulary too and be longer than four letters ("DEBATE", "SECTOR"), since some
    names are WordNet words ("POLITICO") and short acronyms may be words ("CARE"). Issue 14, helper a18 at stop 42: PolNeAR train, rules engine,
    where such words became organisations."""
    if not all(w.isupper() and w.isalpha() for w in name):
        return False
    if len(name) == 1:
        # one word: both vocabularies know it, and it is longer than a short acronym that is also a
        # word ("CARE"); "POLITICO", "ABSTRACT" are WordNet words only, and stay names
        return len(name[0]) > 4 and general_common(name[0]) and is_common_word(name[0])
    return all(general_common(w) for w in name)


@lru_cache(maxsize=1)
def _group_adjectives() -> frozenset[str]:
    """Words for a party, a faith or a people that the gazetteer does not list ("Democratic",
    "Jewish", "Arab", "Muslims"): class ``group-adjective`` of ``engine_words.tsv``."""
    return lexicons.word_class("engine_words.tsv", "group-adjective")


def venue_name(name: tuple[str, ...] | list[str]) -> bool:
    """A name of two words or more ending in a street, square or venue word (``org_words.tsv``
    class ``venue_head``: "Grand Avenue", "Madison Square Garden") is a place, not a person --
    unless it is two words and the first a given name ("Ruth Street": a person whose surname is
    such a word). Issue 14, helper a21 at stop 44: venues and streets read as people on PolNeAR
    train, rules engine."""
    if len(name) < 2 or name[-1] not in lexicons.venue_heads():
        return False
    return len(name) > 2 or name[0].lower() not in _given_names()

@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names (``first_names.tsv``, both sexes), lower case."""
    return lexicons.word_class("first_names.tsv", "male") | lexicons.word_class("first_names.tsv", "female")


def _person_named_like_a_body(rest: tuple[str, ...], titled: bool) -> bool:
    """A run ending in an organisation head word that is also a surname (``actor_words.tsv`` class
    ``surname-head``: "House") names a person when given names stand before it ("Gregory House",
    "Mary Ann House") or a title did ("Speaker Paul House", "Rep. House"): a chamber's name has
    neither. A given name that is also a place the gazetteer knows ("Virginia House") keeps the body."""
    if not 1 <= len(rest) <= 3 or rest[-1].lower() not in lexicons.word_class("actor_words.tsv", "surname-head"):
        return False
    names = rest[:-1]
    if any(gazetteer().get((w,)) is not None for w in names):
        return False
    if names and all(w.lower() in _given_names() for w in names):
        return True
    return titled and len(rest) <= 3 and all(w[:1].isupper() and w.isalpha() for w in rest)


@lru_cache(maxsize=1)
def _compass_points() -> frozenset[str]:
    """``engine_words.tsv`` class ``compass-point``: "south", "northwest", "central"."""
    return lexicons.word_class("engine_words.tsv", "compass-point")


def _place_starts(
    words: tuple[str, ...], m: int, j: int, gaz, max_gaz: int, shortest: int = 2, kinds: tuple[str, ...] = ("country", "capital", "region")  # type: ignore[no-untyped-def]
) -> int:
    """The length of the longest place of ``shortest`` words or more (of the gazetteer ``kinds``)
    the gazetteer lists at ``words[m]`` inside the run (``words[:j]``), else 0: "Republican South
    Carolina Sen. Ana Pike" holds the state, no name "Republican South Carolina"; "South Florida"
    is one region (a20, stop 43) -- a compass word before a country is left as it was ("South
    China Sea" is no part of China)."""
    for n in range(min(max_gaz, j - m), shortest - 1, -1):
        hit = gaz.get(words[m : m + n])
        if hit is not None and hit[0] in kinds:
            return n
    return 0


def _descriptor_before_given_name(name: tuple[str, ...]) -> bool:
    """``name`` opens with a general English word no name lexicon lists, then a given name of
    ``first_names.tsv`` ("Billionaire Mark Cuban", capitalised as a headline's or a sentence's
    first word): the word describes the person, and the name starts at the given name. A name
    that ends in a general word ("Second Thomas Shoal") is no person's, and is left whole."""
    return name[0].lower() not in _given_names() and name[1].lower() in _given_names() and general_common(name[0]) and not general_common(name[-1])


def _group_word_before_given_name(name: tuple[str, ...]) -> bool:
    """``name`` opens with a party, faith or people word (``engine_words.tsv`` class
    ``group-adjective``: "Republican", "Democrat", "Jewish"), then a given name of ``first_names.tsv``
    ("Republican Donald Trump"): the word says the person's party, and the name starts at the given
    name. Without it the party word made a second full name ending in the surname, so a later
    "Trump" stood for two people and folded into neither (issue 14, helper a24 at stop 46: PolNeAR
    train, rules engine)."""
    return name[0].lower() in _group_adjectives() and name[1].lower() in _given_names()


def _demonym_surname(words: tuple[str, ...], m: int, gaz) -> bool:  # type: ignore[no-untyped-def]
    """``words[m]`` is a demonym the gazetteer lists, right after a given name of
    ``first_names.tsv`` that is no place itself ("Mark Cuban", "Ann Welsh"): a surname, as a
    people's adjective does not follow a given name (issue 14, helper a20 at stop 43: the rules
    engine read a businessman as Cuba)."""
    return gaz[words[m : m + 1]][0] == "demonym" and words[m - 1].lower() in _given_names() and words[m - 1 : m] not in gaz


def _is_demonym_compound(word: str, gaz) -> bool:  # type: ignore[no-untyped-def]
    """"Russian-Iranian", "Israeli-Palestinian": every part a demonym."""
    parts = word.split("-")
    return len(parts) > 1 and all(gaz.get((p,), ("",))[0] == "demonym" for p in parts)
