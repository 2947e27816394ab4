"""Without a parse, an -ing word inside a company's name phrase is a modifier, no act (issue 14, stop 40, e48).

"Bright Path, an energy consulting firm for utilities", "a data mining company", "a defence
contracting group": the -ing word names the kind of business, as the noun before a noun does.  The
rules engine's tagger read it as a verb with the noun before it as its subject and the business
noun as its object, and the surface coder made an event ("consulting": CONSULT, with the company as
agent and "firm" as target).  With a parse the word is a compound or an adjective of the noun and
no verb.

The phrase is an article ("a", "an", "the"), one or two modifiers (a noun or an adjective), the
-ing word, and a singular business noun (``business-head`` of ``sense_words.tsv``: firm, company,
group, giant ...) -- a verb's object would take its own article or be plural ("the union picketing
firms"); or an -ing word that names a trade (``trade-gerund``: consulting, lobbying, polling ...)
stands before a business noun or a noun of paid work and its money (``trade-modified-noun``:
fees, arm, contracts ...) after a word no verb's subject can be ("a
research and consulting company", "its lucrative consulting arm", "received consulting fees").  Found in a hand judgment of every rules event of 10 PolNeAR train texts (stop 40, e48; dev
batch 93).  It can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "gerund_in_company_phrase"]

_ARTICLES = frozenset({"a", "an", "the"})
#: Prepositions that open a gerund clause with a doer ("after consulting lawyers", "by lobbying firms").
_CLAUSE_PREPOSITIONS = frozenset({"after", "before", "while", "when", "since", "by", "without", "upon", "on", "through"})
#: Forms of "be": "is consulting firms" is the verb.
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "’re"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any -ing candidate (its first guard reads the
    written form's ending, which no key set can declare)."""
    return (SenseCheck("an -ing modifier in a company's phrase (no parse)", gerund_in_company_phrase, any_word=True),)


def gerund_in_company_phrase(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True, without a parse, when the -ing word at ``t`` modifies the business or payment noun
    right after it: between an article + one or two modifiers and a singular ``business-head``
    noun ("an energy consulting firm"), or, for a ``trade-gerund`` (consulting, lobbying, polling
    ...) before a ``business-head`` or ``trade-modified-noun`` noun of either number, after a word
    no verb's subject can be -- "and" / "or", an adjective, a
    preposition that opens no gerund clause, a verb other than "be" ("a research and consulting
    company", "its lucrative consulting arm", "received consulting fees")."""
    if doc.has_parse or not t.text.lower().endswith("ing"):
        return False
    sent = doc.sentences[t.sent]
    if t.i + 1 >= sent.token_end or t.i <= sent.token_start:
        return False
    lows = doc.lowered_texts()
    head = lows[t.i + 1]
    heads = word_class("sense_words.tsv", "business-head")
    trade = t.text.lower() in word_class("sense_words.tsv", "trade-gerund")
    if trade and (head in heads or head in word_class("sense_words.tsv", "trade-modified-noun")):
        prev = doc.tokens[t.i - 1]
        if lows[t.i - 1] in ("and", "or") or prev.pos == "ADJ":
            return True
        if prev.pos == "ADP" and lows[t.i - 1] not in _CLAUSE_PREPOSITIONS:
            return True  # "in return for consulting fees" ("after consulting lawyers" is a clause)
        if prev.pos == "VERB" and lows[t.i - 1] not in _BE:
            return True  # "received consulting fees"
    if head.endswith("s") or head not in heads:
        return False
    k = t.i - 1
    for _ in range(2):
        if k <= sent.token_start or doc.tokens[k].pos not in ("NOUN", "ADJ", "PROPN"):
            break
        k -= 1
        if lows[k] in _ARTICLES:
            return k < t.i - 1
    return False
