"""Which words may stand between a sentence's subject and the comma that opens an -ing clause for
the rules engine to give the clause's deed to that subject.

English participle clauses hung on a main clause after a comma are controlled by that clause's
subject ("The tycoon entered the race, *calling* them ..."; issue 14 batch 94,
``surface_roles._participle_clause_subject``). That reading holds however the one main clause is
dressed: a subject of two names joined by "and" ("Senators Pike and Hale sent the complaint to the
attorney general, *asking* him ..."), a title apposed to the subject between commas ("Lena Brandt,
a senator from Maine, filed ..."), or an apposed phrase after the object ("wrote for the Gazette,
the town's oldest paper, *mocking* ..."). It fails once a second clause stands before the comma --
a verb after "and" / "but" that follows the main verb ("X shelled the town and Y fled, killing"),
or a second comma segment with a verb of its own (", the paper said,"), whose subject may be the
doer instead. Without a parse the test is on parts of speech: every comma segment but one must be
verbless (an apposed noun phrase), and "and" / "but" may join nouns before the main verb or
after it only when no verb follows. Issue 14 batch 121 (helper e68 at stop 43, rules engine on
PolNeAR train: "sent the referral to the attorney, *asking* him" gave the request to the attorney).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...document import Token

_VERBAL = frozenset({"VERB", "AUX"})
_JOINERS = frozenset({"and", "but"})


def one_clause_before_participle(between: Sequence[Token]) -> bool:
    """True when ``between`` (the words from the sentence's start up to the comma before the -ing
    word) holds one main clause only, bare or with apposed noun phrases between commas and with
    nouns joined by "and"."""
    segments: list[list[Token]] = [[]]
    for w in between:
        if w.text == ",":
            segments.append([])
        else:
            segments[-1].append(w)
    if sum(1 for seg in segments if any(w.pos in _VERBAL for w in seg)) != 1:
        return False
    verb_seen = False
    for k, w in enumerate(between):
        if w.pos in _VERBAL:
            verb_seen = True
        elif w.text.lower() in _JOINERS and verb_seen and any(x.pos in _VERBAL for x in between[k + 1 :]):
            return False
    return True


#: Quotation marks that open or close a quoted span (a lone ASCII apostrophe is one only when
#: doubled, the ''...'' style of some newspapers: alone it is a plural possessive).
_QUOTES = frozenset("\"“”‘’«»„‟‹›")


def _quote_mark(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` of ``tokens`` is a quotation mark (a doubled ASCII apostrophe included)."""
    text = tokens[k].text
    if text in _QUOTES:
        return True
    return text == "'" and (k + 1 < len(tokens) and tokens[k + 1].text == "'" or k > 0 and tokens[k - 1].text == "'")


def quoted_words_only(between: Sequence[Token]) -> bool:
    """True when every quotation in ``between`` is a verbless phrase -- an epithet or a label the main
    clause puts on its object ("has called the mayor "lazy and vain," accusing him ...") -- so the
    quotation opens no clause of its own and the one-clause reading holds (stop 44, e69; dev batch
    123 E).  A quotation with a verb ("said "we will win," adding") is a clause: False.  A closing
    mark may be missing: the comma before the -ing word often stands inside the quotation."""
    inside = False
    k = 0
    while k < len(between):
        if _quote_mark(between, k):
            inside = not inside
            k += 2 if between[k].text == "'" else 1
            continue
        if inside and between[k].pos in _VERBAL:
            return False
        k += 1
    return True


def comma_before_quote_close(tokens: Sequence[Token], i: int, start: int) -> int:
    """The index of the comma before the -ing word at ``i``, past a closing quotation mark that the
    comma stands inside ("lazy and vain," accusing): ``i - 1`` when no mark stands there."""
    k = i - 1
    while k > start and k >= i - 2 and _quote_mark(tokens, k):
        k -= 1
    return k if k < i - 1 and tokens[k].text == "," else i - 1
