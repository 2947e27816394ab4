"""Title-case headlines, case-normalised for the parser with offsets kept.

"Acme Denies Report It Will Cut Jobs" is tagged as one long proper name by
taggers trained on running text, so its denial is missed.  Engines parse
a copy in which the capitalised *common* words of a title-case line are
lower-cased ("Acme denies report it will cut jobs"); lower-casing is done
character for character, so every offset into the copy is an offset into
the original, and engines take token texts from the original (the user
sees the headline as written).

A line is title case when it has at least three words, no sentence-final
full stop, no colon or quotation mark (a quoted headline is an attribution
the statement rules read as written; one to three scare-quoted words, "Calls
Claims 'Absurd'", are no quotation), and most of its longer words start
with a capital.  A word is
lower-cased when it is not the line's first word and its lower-case form
(or a simple stem of it) is a common word the project's lexicons know --
function words, speech, denial and event verbs, CAMEO verbs and agents,
claim nouns -- so names ("Acme", "Musk") keep their capital.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["normalise_headlines", "is_title_case"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
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
        ("denial_cues.tsv", 0),
        ("cameo_verbs.tsv", 0),
        ("agents.tsv", 0),
        ("cue_nouns.tsv", 0),
        ("org_words.tsv", 0),
        ("event_cues.tsv", 0),
        ("irregular_verbs.tsv", 0),
        ("irregular_verbs.tsv", 1),
        ("irregular_verbs.tsv", 2),
    ):
        for r in rows(name):
            if len(r) > col:
                words.update(w for w in r[col].lower().split() if w.isalpha())
    words.update(
        "report reports claim claims allegation allegations rumor rumors rumour rumours story accusation accusations "
        "charges news plan plans job jobs deal talks tax taxes law bill vote record profits profit quarter new "
        "secret water unsafe safe gas tear using over into amid after before says said will would could may might "
        "not no it its is are was were be been has have had he she they we his her their our".split()
    )
    return frozenset(words)


def _common(word: str) -> bool:
    w = word.lower().replace("’", "'").rstrip("'")  # "'Baseless'": the closing quote is no part of the word
    vocab = _vocabulary()
    if w in vocab or w in _function_words():
        return True
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and (w[: len(w) - len(suffix)] + repl) in vocab:
            return True
    return False


def is_title_case(line: str) -> bool:
    """Most longer words capitalised, at least three words, and no sentence-final full stop.

    The whole-line tests come first: most lines of an article end with a
    full stop or hold a quotation, and are rejected before their words are
    listed.
    """
    if line.rstrip().endswith(".") or (_QUOTED.search(line) and _QUOTED.search(_SCARE_QUOTE.sub(r"\1", line))):
        return False  # a headline with a quotation ("X Slams Y: 'You ...'") is left as it is
    words = _WORD.findall(line)
    if len(words) < 3:
        return False
    longer = [w for w in words if len(w) > 3]
    if len(longer) < 2:
        return False
    caps = sum(1 for w in longer if w[0].isupper())
    return caps / len(longer) >= 0.75 and sum(1 for w in words if w[0].isupper()) >= 3


def normalise_headlines(text: str) -> str:
    """``text`` with the common words of its title-case lines lower-cased; same length.

    Returns ``text`` itself when no word changes (the usual case), without
    building a copy.
    """
    if not text or not any(c.isupper() for c in text):
        return text
    pieces: list[str] = []
    done = 0  # text[:done] is in pieces
    pos = 0
    for line in text.splitlines(keepends=True):
        if is_title_case(line):
            first = True
            for m in _WORD.finditer(line):
                w = m.group(0)
                if first:
                    first = False
                    continue
                if w[0].isupper() and not w.isupper() and _common(w):
                    low = w.lower()
                    if len(low) == len(w):
                        pieces += (text[done : pos + m.start()], low)
                        done = pos + m.end()
        pos += len(line)
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)
