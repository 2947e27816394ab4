"""Title-case headlines, case-normalised for the parser with offsets kept.

"Acme Denies Report It Will Cut Jobs" is tagged as one long proper name by
taggers trained on running text, so its denial is missed.  Engines parse
a copy in which the capitalised *common* words of a title-case line are
lower-cased ("Acme denies report it will cut jobs"); lower-casing is done
character for character, so every offset into the copy is an offset into
the original, and engines take token texts from the original (the user
sees the headline as written).

A line is title case when it has at least three words, no sentence-final
full stop, no quotation mark (a quoted headline is an attribution the
statement rules read as written; one to three scare-quoted words, "Calls
Claims 'Absurd'", are no quotation), and most of its longer words start
with a capital.  A word is
lower-cased when it is not the line's first word and its lower-case form
(or a simple stem of it) is a common word the project's lexicons know --
function words, speech, denial and event verbs, CAMEO verbs, agents and
the nouns of CAMEO's verb patterns, claim nouns -- so names ("Acme",
"Musk") keep their capital.  A hyphenated word is common when its parts
are ("Rebel-Held", "Test-Fires").

Two more headline shapes are read the same way:

* a short label before a colon ("Iran: Authorities Shut Down Newspaper",
  "SYRIA: Airstrikes Hit Town"): the label is left as written (the
  statement rules may read it as a speaker) and the part after the colon
  is normalised when it is title case;
* a line in capitals ("IRAN DENIES ARMING HOUTHI REBELS"): its common
  words are lower-cased and the others keep only their first capital
  ("Iran denies arming Houthi rebels"); words of up to three letters and
  abbreviations ("EU", "U.S.") stay as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .headline_vocabulary import general_common

__all__ = ["normalise_headlines", "is_title_case", "in_title_case_line", "is_common_word", "lower_case_name"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: A headline's label before a colon: one to four capitalised words ("Iran", "SYRIA", "UPDATE 2").
_LABEL = re.compile(r"^[ \t]*[A-Z][\w.'’&-]*(?:[ \t]+[A-Z0-9][\w.'’&-]*){0,3}[ \t]*:[ \t]+(?=\S)")
#: Suffixes of common nouns that names hardly ever have ("Pension", "Agreement", "Readiness").
_COMMON_SUFFIXES = ("tion", "tions", "sion", "sions", "ment", "ments", "ness")
#: A colon or a quotation mark (an apostrophe inside a word, "Trump’s", is none).
_QUOTED = re.compile(r"[:\"“”«»‘]|(?<![A-Za-z])['’]|['’](?![A-Za-z])")


#: One to three quoted words ("Calls Claims 'Absurd'", "Allegations Are 'Baseless'"): a scare-quoted
#: verdict, not a quotation, so the line is still a title-case headline.
_SCARE_QUOTE = re.compile(r"(?<![A-Za-z])['‘\"“]([A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){0,2})['’\"”](?![A-Za-z])")


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from ..lexicons import rows

    return frozenset(r[0].lower() for r in rows("function_words.tsv") if r and r[0].isalpha())


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Content words the lexicons know (function words are matched separately, without stemming)."""
    from ..lexicons import rows

    words: set[str] = set()
    for name, col in (
        ("speech_verbs.tsv", 0),
        ("event_triggers.tsv", 0),
        ("object_classes.tsv", 0),
        ("denial_cues.tsv", 0),
        ("cameo_verbs.tsv", 0),
        ("agents.tsv", 0),
        ("cue_nouns.tsv", 0),
        ("org_words.tsv", 0),
        ("event_cues.tsv", 0),
        ("irregular_verbs.tsv", 0),
        ("irregular_verbs.tsv", 1),
        ("irregular_verbs.tsv", 2),
        ("cameo_synsets.tsv", 1),
        ("cameo_patterns.tsv", 3),
        ("cameo_patterns.tsv", 5),
    ):
        for r in rows(name):
            if len(r) > col:
                words.update(w for w in r[col].lower().split() if w.replace("-", "").isalpha())
    words.update(
        "report reports claim claims allegation allegations rumor rumors rumour rumours story accusation accusations "
        "charges news plan plans job jobs deal talks tax taxes law bill vote record profits profit quarter new "
        "secret water unsafe safe gas tear using over into amid after before says said will would could may might "
        "ill dead alive sick missing wrong false true fake guilty innocent illegal legal dangerous "
        "not no it its is are was were be been has have had he she they we his her their our "
        # spokespeople are common nouns, but not generic agents (scripts/convert_petrarch.py keeps
        # Phoenix's SPOKES!PERSON! rows out of agents.tsv: they speak for the actor named beside them)
        "spokesman spokesmen spokeswoman spokeswomen spokesperson spokespeople".split()
    )
    from ..lexicons import word_class

    words.update(word_class("engine_words.tsv", "plain-adjective"))  # "Fierce", "Political": adjectives, no names
    return frozenset(words)


def _common(word: str) -> bool:
    w = word.lower().replace("’", "'").rstrip("'")  # "'Baseless'": the closing quote is no part of the word
    vocab = _vocabulary()
    if w in vocab or w in _function_words():
        return True
    if "-" in w:
        parts = [p for p in w.split("-") if p]
        return len(parts) > 1 and all(_common(p) or p.isdigit() for p in parts)
    if w.endswith(_COMMON_SUFFIXES) and len(w) >= 7:
        return True
    if w.endswith("ly") and _manner_adverb(w):
        return True
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and (w[: len(w) - len(suffix)] + repl) in vocab:
            return True
    return False


#: Endings of the adjectives news adverbs are made from ("Final-ly", "Official-ly", "Public-ly",
#: "Repeated-ly"); the -ly surnames and first names ("Reilly", "Connolly", "Beverly") have none.
_ADJECTIVE_ENDINGS = ("al", "ful", "ous", "ive", "ent", "ant", "ic", "ate", "less", "ed", "ing", "ern", "ish", "est", "ure", "ite", "ile")


def manner_adverb(word: str) -> bool:
    """Whether ``word`` (any case) is an adverb made from an adjective ("Tellingly", "Finally"):
    the rules engine's test for a capitalised opening word that is no name."""
    return _manner_adverb(word.lower())


def _manner_adverb(w: str) -> bool:
    """An adverb made from an adjective ("Finally", "Quietly", "Easily", "Probably"), which a
    title-case headline capitalises and the tagger then reads into a name ("Donald Trump Finally
    Endorses ..."): the stem is a known word or ends like an adjective, or the word ends in -ily
    or -bly."""
    if len(w) < 6:
        return False  # "Kelly", "Sally", "Italy", "Daly": names
    stem = w[:-2]
    if stem in _vocabulary() or stem.endswith(_ADJECTIVE_ENDINGS):
        return True
    return w.endswith("ily") or w.endswith("bly")


def is_common_word(word: str) -> bool:
    """``word`` is in the lexicons' vocabulary of common words (or a regular form of one): the
    recaser's test, also used to tell "Curfew lifted" (a common noun starting a sentence) from
    "Rosatom signed" (a name the NER missed)."""
    return _common(word)


def _title_words(line: str) -> bool:
    """Most longer words capitalised, at least three words, and no sentence-final full stop.

    The tests are cheapest first (all must pass, so their order does not
    change the answer): most lines of an article end with a full stop, and
    most of the others are running text that holds a quotation, which the
    capitals count rejects before the quotation tests (a substitution over
    the whole line) would run.
    """
    if line.rstrip().endswith("."):
        return False
    words = _WORD.findall(line)
    if len(words) < 3:
        return False
    # the longer words and their capitalised ones, counted in one pass that leaves as soon as more
    # than a quarter of all the words are longer ones in lower case (then more than a quarter of
    # the longer ones are: the share of capitals is below three quarters whatever follows)
    limit = len(words) / 4
    longer = caps = 0
    for w in words:
        if len(w) > 3:
            longer += 1
            if w[0].isupper():
                caps += 1
            elif longer - caps > limit:
                return False
    if longer < 2:
        return False
    if not (caps / longer >= 0.75 and sum(1 for w in words if w[0].isupper()) >= 3):
        return False
    # a headline with a quotation ("X Slams Y: 'You ...'") is left as it is
    return not (_QUOTED.search(line) and _QUOTED.search(_SCARE_QUOTE.sub(r"\1", line)))


def _capitals(line: str) -> bool:
    """A headline in capitals: no lower-case letter in its words, and at least two longer words."""
    words = _WORD.findall(line)
    return len(words) >= 3 and all(w.isupper() or not w.isalpha() and w.upper() == w for w in words) and sum(len(w) > 3 for w in words) >= 2


#: line -> :func:`_read_headline`'s answer, for the lines of the documents read lately.  The same
#: line is asked about again and again: :func:`normalise_headlines` reads every line of a text,
#: then the rules engine's headline verbs and several extractors ask :func:`is_title_case` of the
#: line of each sentence they look at (a paragraph of five sentences, five times).  The answer
#: depends on the line alone.  Bounded: cleared when full, so a long run keeps no more than the
#: last few dozen documents' lines, and a line longer than :data:`_HEADLINE_LINE_MAX` characters
#: (running text, in news; read again at each question) is not kept.  Its values
#: are ``None`` or a tuple of an integer and a boolean, which the collector does not track.
_HEADLINES: dict[str, tuple[int, bool] | None] = {}
_HEADLINES_MAX = 1024
_HEADLINE_LINE_MAX = 2000
#: Marks "not in :data:`_HEADLINES`" (``None`` is an answer).
_UNSEEN = object()


def _headline(line: str) -> tuple[int, bool] | None:
    """Where the headline part of ``line`` starts (after a "Label:"), and whether it is in capitals;
    None for a line that is no title-case or capitals headline (:func:`_read_headline`, remembered
    in :data:`_HEADLINES`)."""
    if len(line) > _HEADLINE_LINE_MAX:
        return _read_headline(line)
    found = _HEADLINES.get(line, _UNSEEN)
    if found is _UNSEEN:
        if len(_HEADLINES) >= _HEADLINES_MAX:
            _HEADLINES.clear()
        found = _HEADLINES[line] = _read_headline(line)
    return found  # type: ignore[return-value]


def _read_headline(line: str) -> tuple[int, bool] | None:
    """:func:`_headline` computed: the line's words and capitals read."""
    stripped = line.rstrip()
    if not stripped:
        return None
    if stripped[-1] == ".":
        # half the lines of an article end in a full stop, and almost all of them are running text;
        # a headline with one ("Pence Endorses Ryan With Trump's Blessing.", a quarter of the
        # PolNeAR train texts open so) capitalises every longer word of its only sentence
        return _stopped_headline(stripped)
    if ":" in line:
        m = _LABEL.match(line)
        if m is None:
            return None  # a colon elsewhere: a quotation or a time, left as written
        start = m.end()
        part = line[start:]
        if ":" in part:
            return None
    else:
        start, part = 0, line
    if not any(c.islower() for c in part):
        if not part.rstrip().endswith(".") and not _QUOTED.search(part) and _capitals(part):
            return start, True
        return None
    return (start, False) if _title_words(part) else None


#: Longer words a title-case headline may leave in lower case ("Talks With Iran", "Aid From EU").
_TITLE_LOWER = frozenset({"with", "from", "into", "over", "onto", "upon", "than", "that", "amid", "after", "about"})


def _stopped_headline(stripped: str) -> tuple[int, bool] | None:
    """A title-case headline that ends in a full stop: one sentence of at least four words whose
    longer words are all capitalised (bar a few prepositions), at least three of them; no label,
    quotation or second sentence."""
    body = stripped[:-1]
    if body.count(":") > 1:
        return None
    # running text, asked first (the second-sentence and quotation tests below each cost a pass
    # over the line): every longer word but the few prepositions capitalised, at least three of
    # them; a line leaves at its first longer word in lower case, which in running text comes
    # within a few words, so the words are read one at a time
    longer = n = 0
    for m in _WORD.finditer(body):
        w = m.group(0)
        n += 1
        if len(w) > 3:
            if w.lower() in _TITLE_LOWER:
                continue
            if not w[0].isupper():
                return None
            longer += 1
    if n < 4 or longer < 3 or _second_sentence(body):
        return None
    if _QUOTED.search(_SCARE_QUOTE.sub(r"\1", body.replace(":", " "))):
        return None
    if any(c.islower() for c in body):
        return 0, False
    # a capitals headline with a closing full stop ("4. WHY TOWN COUNCILS CUT BUS ROUTES."): a
    # numbered digest's item line, whose capitalised words the rules tagger read as one
    # organisation's name (issue 14, helper a27 at stop 48)
    return (0, True) if _capitals(body) else None


#: A word and the full stop after it inside a line ("Wins. Then", "U.S. Election").
_STOPPED_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\. ")
#: A word whose full stop ends no sentence: an initial or a dotted abbreviation in capitals ("U.S",
#: "N.Y"); the tokenizer's abbreviations ("St", "Sen", "Mr") are tested besides.
_ABBREVIATION = re.compile(r"[A-Z]|(?:[A-Z]\.)+[A-Z]")


def _second_sentence(body: str) -> bool:
    """A full stop and a space inside ``body`` after a word that is no abbreviation: a second
    sentence, no headline ("St. Paul Votes ...", "U.S. Election: ..." have one sentence; issue 14,
    helper a23 at stop 45: such headlines kept their capitalised common words as names)."""
    from .rules.tokenizer import ABBREVIATIONS

    return any(not _ABBREVIATION.fullmatch(w) and w.lower() not in ABBREVIATIONS for w in (m.group(1) for m in _STOPPED_WORD.finditer(body)))


def is_title_case(line: str) -> bool:
    """A title-case or capitals headline, also after a short label and a colon ("Iran: Army Denies ...").

    At least three words, no sentence-final full stop or quotation, and most
    longer words capitalised (see the module docstring).
    """
    return _headline(line) is not None


def in_title_case_line(text: str, start: int, end: int, *, limit: int | None = None) -> bool:
    """The line of ``text`` holding the span ``start:end`` (a token) is a title-case or capitals
    headline (:func:`is_title_case`): the one test the extractors ask of a word in a headline.

    With ``limit``, a line longer than ``limit`` characters is none, and the line's ends are looked
    for no further than that from the span, so that a check asked of every word costs the same
    however long a line of running text grows (``tests/test_linearity.py``)."""
    if limit is None:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        return is_title_case(text[line_start : line_end if line_end >= 0 else len(text)])
    lo = max(0, start - limit)
    line_start = text.rfind("\n", lo, start) + 1
    if line_start == 0 and lo > 0:
        return False  # no line break within reach before the span: no short line
    line_end = text.find("\n", start, start + limit + 1)
    if line_end < 0:
        line_end = len(text)
    return line_end - line_start <= limit and is_title_case(text[line_start:line_end])


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    from ..lexicons import rows

    return frozenset(r[0] for r in rows("dates.tsv") if len(r) > 1 and r[1] == "month" and r[0].isalpha())


#: Words before a month that make it a date ("in March", "since May"), not a verb or modal.
_BEFORE_DATE = frozenset({"in", "on", "by", "since", "until", "till", "from", "through", "early", "late", "mid", "last", "next", "this", "of"})


def _recased(word: str, first: bool, capitals: bool, prev: str) -> str:
    """The case-normalised form of one headline word (same length); ``prev``: the word before it."""
    low = word.lower()
    if low in _months() and prev.lower() in _BEFORE_DATE:
        return word if not capitals else word[:1] + low[1:]  # "in March": a date, a name
    if not capitals:
        if first or not word[0].isupper() or word.isupper() or not (_common(word) or general_common(word, prev)):
            return word
        return low
    if not word.isupper() and word.upper() != word:
        return word
    if low != "us" and (low in _function_words() or len(word) > 3 and (_common(word) or general_common(word, prev))):
        return low if not first else word[:1] + low[1:]  # "OF", "THE", "ACCUSES" (but "US" is the country, "UN" a body)
    if len(word.replace("-", "")) <= 3 or "." in word or not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return word  # "EU", "UN", "U.S.", "RSF": abbreviations stay as written
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


#: A line of wire copy in lower case: three to sixteen words, no capital, no closing full stop.
_LOWER_LINE = re.compile(r"^[ \t]*[a-z][^A-Z\n.!?]*[^A-Z\n.!?:;,\s][ \t]*\n?$")


@lru_cache(maxsize=1)
def _lower_case_names() -> dict[str, str]:
    """Lower-case word -> the gazetteer's spelling, for one-word countries, capitals and
    demonyms that lower-case English has no other use for (``engine_words.tsv`` class
    ``lower-case-homograph`` lists the ones it has; common words and WordNet's animals and plants
    are left out without a list)."""
    from ..lexicons import gazetteer, word_class
    from ..lexicons.nouns import no_party_nouns

    homographs = word_class("engine_words.tsv", "lower-case-homograph") | no_party_nouns()
    out: dict[str, str] = {}
    for key, (kind, *_rest) in gazetteer().items():
        if len(key) != 1 or kind not in ("country", "capital", "demonym"):
            continue
        word = key[0]
        low = word.lower()
        if not word.isalpha() or word != word.capitalize() or low in homographs or _common(low) or low in _function_words():
            continue
        out[low] = word
    return out


def lower_case_name(word: str) -> str | None:
    """The gazetteer's spelling of a lower-case country, capital or demonym a lower-case headline
    capitalises ("kenya" -> "Kenya"), or None ("turkey", "china": homographs stay as written)."""
    return _lower_case_names().get(word)


def _lower_case_headline(line: str) -> bool:
    """A wire headline in lower case ("kenya condemns attack on border post"): the whole line, no
    capital letter, three to sixteen words, no closing full stop, no quotation."""
    if not _LOWER_LINE.match(line) or _QUOTED.search(line):
        return False
    n = len(_WORD.findall(line))
    return 3 <= n <= 16


def _named_in_lower_case(line: str) -> list[tuple[int, str]]:
    """(offset, the name's spelling) for each country, capital or demonym of a lower-case headline
    (:func:`_lower_case_names`): written as the gazetteer spells them, a tagger reads them as the
    names they are ("senegal backs gambia's bid", "moscow expels two estonian diplomats")."""
    names = _lower_case_names()
    out = []
    for m in _WORD.finditer(line):
        w = m.group(0)
        base = w[:-2] if w.endswith(("'s", "’s")) else w
        spelled = names.get(base)
        if spelled is not None:
            out.append((m.start(), spelled))
    return out


def normalise_headlines(text: str) -> str:
    """``text`` with the common words of its title-case and capitals lines lower-cased, and the
    country and capital names of its lower-case wire headlines capitalised; same length.

    Returns ``text`` itself when no word changes (the usual case), without
    building a copy.
    """
    if not text:
        return text
    # a text without capitals has no title-case or capitals line: only its lower-case headline
    # lines may change, and the other lines need no reading
    lower_only = not any(c.isupper() for c in text)
    pieces: list[str] = []
    done = 0  # text[:done] is in pieces
    pos = 0
    for line in text.splitlines(keepends=True):
        if _lower_case_headline(line):
            for offset, spelled in _named_in_lower_case(line):
                pieces += (text[done : pos + offset], spelled)
                done = pos + offset + len(spelled)
            pos += len(line)
            continue
        head = None if lower_only else _headline(line)
        if head is not None:
            offset, capitals = head
            first = True
            prev = ""
            for m in _WORD.finditer(line, offset):
                w = m.group(0)
                new = _recased(w, first, capitals, prev)
                first = False
                prev = w
                if new != w and len(new) == len(w):
                    pieces += (text[done : pos + m.start()], new)
                    done = pos + m.end()
        pos += len(line)
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)
