"""General English words a capitals or title-case headline may lower-case, names kept.

The recaser (:mod:`.headline_case`) lower-cases a headline word the project's lexicons know
(:func:`.headline_case._common`); those lexicons hold the words of speech, events and actors,
not English at large, so in "U.S. SENDS 2,000 TONS OF WHEAT TO FAMINE-HIT SOMALIA" the words
"TONS", "WHEAT" and "FAMINE-HIT" kept a capital and the rules engine read them as names.
This module adds the rest of English: WordNet's lower-case words
(``lexicons/common_words_wordnet.tsv``, built by ``scripts/build_common_words.py``), which by
construction leave out a word WordNet also capitalises (the surnames of famous bearers: "Bush",
"Gates", "King", "Rice"; countries and months).

A word that is also a name in news is never lower-cased by this vocabulary:

* a word the project's name lexicons list -- a first name (``first_names.tsv``: "Page",
  "Carson"), a one-word named actor or gazetteer entry, or a news surname that is a word
  (``engine_words.tsv`` class ``surname-word``: "Trump", "Baker");
* a word right after a first name ("Tom Price", "Rick Perry"): the surname of the person named.

Loaded lazily, once: ``import newsmodel`` reads none of it, and a text with no headline line
never does.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["after_first_name", "general_common"]

#: Stem endings that take -es rather than -s ("taxes", "marches", "bushes", "vetoes").
_BEFORE_ES = ("s", "x", "z", "ch", "sh", "o")
#: Regular endings and the stem they leave ("bakeries" -> "bakery", "tonnes" -> "tonne").
_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"))


def _read_table() -> tuple[dict[str, str], frozenset[str]]:
    """``common_words_wordnet.tsv`` read in one pass: (word -> parts of speech, for the rows that are
    no "name" and that the name lexicons do not list; the words of the "name" rows).

    One pass for the two tables the module keeps (:func:`_english`, :func:`_wordnet_names`): they
    were built by two passes over the file's 67,000 rows, which cost a tenth of a second of the
    first headline each process reads (s26 at stop 44). Read without the lexicons' row cache: the
    rows are wanted only in these two forms, and that cache would keep another copy for the
    process's life."""
    from importlib import resources

    text = resources.files("newsmodel.lexicons").joinpath("common_words_wordnet.tsv").read_text(encoding="utf-8")
    names = _name_words()
    english: dict[str, str] = {}
    wordnet_names: list[str] = []
    for line in text.splitlines():
        if line and line[0] != "#":
            w, p = line.split("\t", 2)[:2]
            if p == "name":
                wordnet_names.append(w)
            elif w not in names:
                english[w] = p
    return english, frozenset(wordnet_names)


#: The "name" rows of the table, kept by :func:`_english` when it reads the file (None until then).
_NAMES_READ: frozenset[str] | None = None


@lru_cache(maxsize=1)
def _english() -> dict[str, str]:
    """WordNet's lower-case words -> their parts of speech ("n", "nv", "a"), less the words the name
    lexicons list as names."""
    global _NAMES_READ
    english, _NAMES_READ = _read_table()
    return english


@lru_cache(maxsize=1)
def _wordnet_names() -> frozenset[str]:
    """Words WordNet capitalises that a regular ending would read as a word ("Gates")."""
    if _NAMES_READ is None:
        return _read_table()[1]
    return _NAMES_READ


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    from ..lexicons import rows

    return frozenset(r[0].lower() for r in rows("first_names.tsv") if r)


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """One-word names of the name lexicons, lower case: first names, named actors, gazetteer
    entries and the news surnames that are English words."""
    from ..lexicons import gazetteer, rows, word_class

    out = set(_first_names()) | word_class("engine_words.tsv", "surname-word")
    for name in ("named_actors.tsv", "named_actors_extra.tsv"):
        out.update(r[0].lower() for r in rows(name) if r and " " not in r[0])
    out.update(key[0].lower() for key in gazetteer() if len(key) == 1)
    return frozenset(out)


def after_first_name(prev: str) -> bool:
    """``prev`` (capitalised) is a first name, so the word after it is the person's surname ("Tom
    Price", "Rick Perry") -- not one of the function words, common words or places the census
    list also holds ("In", "Bill", "Kenya")."""
    from .headline_case import _common, _function_words

    low = prev.lower()
    return (
        prev[:1].isupper()
        and low in _first_names()
        and low not in _function_words()
        and not _common(low)
        and low not in _places()
    )


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from ..lexicons import gazetteer

    return frozenset(key[0].lower() for key in gazetteer() if len(key) == 1)


def _known(w: str, pos: str) -> bool:
    english = _english()
    if w in english:
        return pos in english[w]
    if w in _name_words() or w in _wordnet_names():
        return False  # "Bakers" is no more a common word than "Baker"
    for suffix, repl in _ENDINGS:
        stem = w[: len(w) - len(suffix)] + repl
        if suffix == "es" and not stem.endswith(_BEFORE_ES):
            continue  # "Ailes" is no plural of "ail": -es follows a hiss or an o ("taxes", "vetoes")
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and stem in english and pos in english[stem]:
            return True
    return False


def general_common(word: str, prev: str = "", pos: str = "") -> bool:
    """Whether headline word ``word`` (any case) is a general English word that is no name in news,
    ``prev`` being the word before it: a WordNet word (or a regular form of one; a hyphenated word
    when all its parts are, "Famine-Hit") that the name lexicons do not list, and that does not
    follow a first name. ``pos`` ("n", "v", "a", "r"; "" = any) asks for a word WordNet lists with
    that part of speech ("Wheat" is a noun, "Popular" only an adjective)."""
    if after_first_name(prev):
        return False  # "Tom Price", "Rick Perry": the surname of the person named
    w = word.lower().replace("’", "'").rstrip("'")
    if w.endswith("'s"):
        return False  # a possessive in a headline is mostly a name's ("Rice's Visit")
    if "-" in w:
        parts = [p for p in w.split("-") if p]
        return len(parts) > 1 and all(_known(p, pos) or p.isdigit() for p in parts)
    return _known(w, pos)
