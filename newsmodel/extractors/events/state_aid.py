"""Aid in goods that traders also ship, and aid told with the recipient first (issue 14, lead at stop 38).

The relief class of ``object_classes.tsv`` keeps to goods that make "send" an aid whatever the
context (tents, medicine, blankets); food staples and fuel stay out of it because traders ship
them too ("The grain trader shipped 40,000 tonnes of wheat to Egypt under a commercial
contract"). What tells the two apart is who sends and to whom: a state, an inter-governmental
body or a relief body that sends wheat, rice or diesel to a state gives aid (PLOVER AID,
"humanitarian aid ... food"; CAMEO 073), unless the sentence names a trade -- an export, a sale,
a tender, a contract, a buyer ("Russia sold 20,000 tonnes of wheat to Egypt at a state tender").

The same giver and recipient settle three shapes the verb + object triggers miss:

* the recipient as the verb's first object: "Lithuania handed Ukraine a consignment of
  generators", "Norway gave Sudan 40 tonnes of medical supplies", "Kuwait provided Jordan with
  200 million dollars in budget support" (with "provide" and "supply" the goods follow "with");
* a by-passive: "Two planeloads of tents were flown to Morocco by the Spanish air force";
* a quantity or a load before the goods: "30,000 tonnes of wheat", "three tankers of diesel".

What is given must be goods of aid -- a staple (``staple-good`` of ``sense_words.tsv``), a relief
good (object class ``relief``), arms or money -- so "gave reporters a tour" and "handed the
striker a new contract" stay none, and so do goods to a company, a port or a café.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ...schema import Actor
from ..roles import is_capital
from .sense_checks import SenseCheck
from .triggers import object_class

__all__ = ["checks", "giving_roles", "state_aid", "traded_goods", "AID_GIVE_VERBS"]

#: Verbs that only lend: ``lend-verb`` of ``sense_words.tsv`` ("extended a facility to"); what
#: they give must be a loan or a credit (``aid-finance``).
_LEND_VERBS = word_class("sense_words.tsv", "lend-verb")
#: Verbs that move goods to someone: ``give-goods-verb``, ``give-money-verb`` and ``lend-verb`` of ``sense_words.tsv``.
AID_GIVE_VERBS = word_class("sense_words.tsv", "give-goods-verb") | word_class("sense_words.tsv", "give-money-verb") | _LEND_VERBS
_FINANCE = word_class("sense_words.tsv", "aid-finance")
_STAPLES = word_class("sense_words.tsv", "staple-good")
_MEASURES = word_class("sense_words.tsv", "goods-measure") | word_class("sense_words.tsv", "amount")
_TRADE = word_class("sense_words.tsv", "trade-cue")
_MONEY = word_class("sense_words.tsv", "money-word") | word_class("sense_words.tsv", "donation-word")
_ARMS = word_class("sense_words.tsv", "arms") | word_class("sense_words.tsv", "weapon-system")
#: Verbs whose goods follow "with" when the recipient is the object ("provided Jordan with ...").
_WITH_VERBS = frozenset({"provide", "supply"})
_GIFT = word_class("sense_words.tsv", "gift-word")
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def state_aid(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """``t`` is a verb of giving (:data:`AID_GIVE_VERBS`) by which a state, an inter-governmental
    body or a relief body gives a state goods of aid, and the sentence names no trade."""
    if t.pos != "VERB" or t.lemma.lower() not in AID_GIVE_VERBS:
        return False  # first: asked of every verb no lexicon row claims
    found = giving_roles(doc, t)
    if found is None:
        return False
    giver, goods, recipient = found
    if giver is None:
        return False
    goods = _goods_head(doc, goods)
    if _finance(doc, goods):
        pass  # a loan or a credit: a trade word names what it buys ("a credit line for fuel imports")
    elif t.lemma.lower() in _LEND_VERBS or _trade_named(doc, t):
        return False
    elif not (_aid_goods(doc, goods) or _as_gift(doc, t)):
        return False
    return _state_or_relief_body(draft, giver) and _state(draft, recipient)


def _finance(doc: AnnotatedDocument, w: Token) -> bool:
    """A loan or a credit (``aid-finance``), also as the head of a compound ("a credit *line*")."""
    if w.lemma.lower() in _FINANCE or w.text.lower() in _FINANCE:
        return True
    lo = doc.sentences[w.sent].token_start
    return w.i > lo and w.lemma.lower() == "line" and doc.tokens[w.i - 1].text.lower() == "credit"


def checks() -> tuple[SenseCheck, ...]:
    """This module's non-event check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("goods traded, not given: no AID", traded_goods, lemmas=AID_GIVE_VERBS),)


def traded_goods(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """A verb of giving that a trigger row codes AID ("supply", "provide") in a sentence that names
    a trade ("supplied Uganda with 40 megawatts of electricity under a power-trade agreement"),
    when what is given is no relief good and no aid word: goods sold, not aid."""
    if not (t.pos == "VERB" and t.lemma.lower() in AID_GIVE_VERBS) or curated is None or curated[1] != "AID":
        return False
    if not _trade_named(doc, t):
        return False
    found = giving_roles(doc, t)
    if found is None:
        return False
    goods = _goods_head(doc, found[1])
    if _finance(doc, goods) or _money(doc, goods):
        return False  # money lent or given: a trade word names what it pays for ("a lifeline ... to pay for imports")
    relief = object_class("relief")
    return goods.lemma.lower() not in relief and goods.text.lower() not in relief


def _trade_named(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``trade-cue`` word anywhere in the sentence ("under a government tender", "exported")."""
    sent = doc.sentences[t.sent]
    lows, lemmas = doc.lowered_texts(), doc.lowered_lemmas()
    return any(
        lows[k] in _TRADE or lemmas[k] in _TRADE or lows[k].rsplit("-", 1)[-1] in _TRADE  # "power-trade"
        for k in range(sent.token_start, sent.token_end)
    )


def _as_gift(doc: AnnotatedDocument, t: Token) -> bool:
    """"as a gift" (``gift-word``) after the verb in its clause: what is given as one is aid."""
    hi = doc.sentences[t.sent].token_end
    toks = doc.tokens
    for k in range(t.i + 1, min(hi, t.i + 14)):
        if toks[k].text in (",", ";", ":"):
            return False
        if toks[k].text.lower() == "as" and k + 2 < hi and toks[k + 1].pos == "DET" and toks[k + 2].lemma.lower() in _GIFT:
            return True
    return False


def giving_roles(doc: AnnotatedDocument, t: Token) -> tuple[Token | None, Token, Token] | None:
    """(giver, thing given, recipient) of a verb of giving, or None when the verb has none of the
    shapes read here: the recipient as first object ("handed Ukraine a consignment"), in a
    with-frame ("provided Jordan with ..."), in a to-phrase, or a by-passive. The parse's labels
    when there is a parse, else the words; :mod:`.shared_information` reads the same shapes."""
    return _parse_roles(doc, t) if doc.has_parse else _surface_roles(doc, t)


def _parse_roles(doc: AnnotatedDocument, t: Token) -> tuple[Token | None, Token, Token] | None:
    """(giver, goods, recipient) from the parse, or None when the verb has not that shape."""
    kids = doc.children(t.i)
    passive = any(c.dep in ("nsubj:pass", "nsubjpass", "aux:pass", "auxpass") for c in kids)
    if passive:
        goods = next((c for c in kids if c.dep in ("nsubj:pass", "nsubjpass")), None)
        giver = _prep_object(doc, t, ("by",))
        recipient = _prep_object(doc, t, ("to",))
        return (giver, goods, recipient) if goods is not None and recipient is not None else None
    giver = next((c for c in kids if c.dep in ("nsubj",)), None)
    obj = next((c for c in kids if c.dep in ("obj", "dobj")), None)
    iobj = next((c for c in kids if c.dep == "iobj"), None)
    if iobj is not None and obj is not None:
        return giver, obj, iobj  # "handed Ukraine a consignment"
    if obj is None:
        return None
    if t.lemma.lower() in _WITH_VERBS:
        goods = _prep_object(doc, t, ("with",))
        if goods is not None:
            return giver, goods, obj  # "provided Jordan with 200 million dollars"
    recipient = _prep_object(doc, t, ("to",))
    return (giver, obj, recipient) if recipient is not None else None


def _prep_object(doc: AnnotatedDocument, t: Token, preps: tuple[str, ...]) -> Token | None:
    """The noun of a prepositional phrase of the verb opened by one of ``preps`` (the parse's
    ``obl``, or an ``nmod`` of the verb's object where the parser hung it there)."""
    heads = [t] + [c for c in doc.children(t.i) if c.dep in ("obj", "dobj")]
    for h in heads:
        for c in doc.children(h.i):
            if c.dep.startswith(("obl", "nmod")) and any(g.dep == "case" and g.text.lower() in preps for g in doc.children(c.i)):
                return c
    return None


def _surface_roles(doc: AnnotatedDocument, t: Token) -> tuple[Token | None, Token, Token] | None:
    """(giver, goods, recipient) from the words alone (the rules engine): "X <verb> <goods> to
    <state>", "X <verb> <state> <goods>", "X provided <state> with <goods>", and "<goods> were
    <verb> to <state> by X"."""
    sent = doc.sentences[t.sent]
    lo, hi = sent.token_start, sent.token_end
    toks = doc.tokens
    if t.i > lo and toks[t.i - 1].text.lower() in _BE:
        goods = _first_aid_noun(doc, lo, t.i - 1) or _noun_before(doc, t.i - 1, lo)
        to = _word_after(doc, t.i + 1, "to", hi)
        by = _word_after(doc, t.i + 1, "by", hi)
        if goods is None or to is None or by is None:
            return None
        recipient, giver = _phrase_head(doc, to + 1, hi), _phrase_head(doc, by + 1, hi)
        return (giver, goods, recipient) if recipient is not None else None
    giver = _noun_before(doc, t.i, lo)
    first = _phrase_head(doc, t.i + 1, hi)
    if first is None:
        return None
    after = first.i + 1
    if after < hi and toks[after].text.lower() == "with" and t.lemma.lower() in _WITH_VERBS:
        goods = _phrase_head(doc, after + 1, hi)
        return (giver, goods, first) if goods is not None else None
    if after < hi and (toks[after].pos in ("DET", "NUM", "ADJ", "NOUN") or toks[after].text in ("$", "€", "£")):
        goods = _phrase_head(doc, after, hi)
        if goods is not None:
            return giver, goods, first  # "handed Ukraine a consignment of ..."
    to = _word_after(doc, first.i + 1, "to", hi)
    if to is None:
        return None
    recipient = _phrase_head(doc, to + 1, hi)
    return (giver, first, recipient) if recipient is not None else None


def _word_after(doc: AnnotatedDocument, k: int, word: str, hi: int) -> int | None:
    """The index of ``word`` within twelve tokens from ``k``, before a comma, a semicolon or a verb
    of another clause."""
    for j in range(k, min(hi, k + 12)):
        w = doc.tokens[j]
        if w.text.lower() == word:
            return j
        if w.text in (",", ";", ":") or w.pos == "VERB" and not w.text.lower().endswith(("ed", "ing")):
            return None
    return None


def _phrase_head(doc: AnnotatedDocument, k: int, hi: int) -> Token | None:
    """The head (last noun) of the noun phrase opening at ``k``: determiners, numbers, adjectives,
    possessives and money signs lead in; a name of several words ends at its last word."""
    head = number = None
    for j in range(k, min(hi, k + 8)):
        w = doc.tokens[j]
        if w.pos in ("NOUN", "PROPN"):
            head = w
        elif w.text in ("'s", "’s"):
            head = None
        elif head is None and (w.pos in ("DET", "NUM", "ADJ") or w.text in ("$", "€", "£") or w.pos == "VERB" and w.text.lower().endswith("ed")):
            # (a participle may modify the noun: "eight armoured ambulances")
            number = w if w.pos == "NUM" else number
        else:
            break
    return head or number  # "with $3 billion in emergency loans": the sum heads the phrase


def _noun_before(doc: AnnotatedDocument, k: int, lo: int) -> Token | None:
    """The last noun before token ``k`` in its clause, past auxiliaries and adverbs ("Turkey
    sent", "The Indian government has delivered", "tents were")."""
    j = k - 1
    while j >= lo and doc.tokens[j].pos in ("AUX", "ADV", "PART"):
        j -= 1
    return doc.tokens[j] if j >= lo and doc.tokens[j].pos in ("NOUN", "PROPN") else None


def _first_aid_noun(doc: AnnotatedDocument, lo: int, k: int) -> Token | None:
    """The first noun of goods of aid in the sentence before token ``k`` (a passive's subject
    without a parse: "*Maize* and cooking oil were delivered", "Hundreds of tonnes of *wheat*,
    enough to feed ..., were delivered"), past the quantity words that count them."""
    for j in range(lo, k):
        w = doc.tokens[j]
        if w.pos in ("NOUN", "PROPN") and w.lemma.lower() not in _MEASURES and _aid_goods(doc, w):
            return w
    return None


def _goods_head(doc: AnnotatedDocument, goods: Token) -> Token:
    """The goods a quantity or a load counts: "30,000 tonnes *of wheat*", "a consignment *of
    generators*", "hundreds of tonnes *of wheat*" (the parse's of-``nmod``, or the first noun
    after "of")."""
    for _ in range(3):
        inner = _counted(doc, goods)
        if inner is goods:
            break
        goods = inner
    return goods


def _counted(doc: AnnotatedDocument, goods: Token) -> Token:
    """What one quantity or load word counts (its of-phrase's noun), or ``goods`` itself."""
    if goods.lemma.lower() not in _MEASURES and goods.text.lower() not in _MEASURES:
        return goods
    if doc.has_parse:
        for c in doc.children(goods.i):
            if c.dep.startswith("nmod") and any(g.dep == "case" and g.text.lower() == "of" for g in doc.children(c.i)):
                return c
        return goods
    hi = doc.sentences[goods.sent].token_end
    if goods.i + 1 < hi and doc.tokens[goods.i + 1].text.lower() == "of":
        return _phrase_head(doc, goods.i + 2, hi) or goods
    return goods


def _aid_goods(doc: AnnotatedDocument, w: Token) -> bool:
    """Goods of aid: a staple, a relief good, arms or money (a sum, a money word)."""
    lemma, low = w.lemma.lower(), w.text.lower()
    if lemma in _STAPLES or low in _STAPLES or lemma in object_class("relief") or lemma in _ARMS or low in _ARMS:
        return True
    return _money(doc, w)


def _money(doc: AnnotatedDocument, w: Token) -> bool:
    """Money: a money word, or a sum with its currency sign within three words before ("$3 billion")."""
    if w.lemma.lower() in _MONEY or w.text.lower() in _MONEY:
        return True
    lo = doc.sentences[w.sent].token_start
    return any(doc.tokens[k].text in ("$", "€", "£") for k in range(max(lo, w.i - 3), w.i))


def _actor(draft: Draft, w: Token) -> Actor | None:
    """The actor found at ``w`` (its fields, without mentions), or None."""
    return draft.actor_fields(draft.actor_at(w.start, w.end))


def _state_or_relief_body(draft: Draft, w: Token) -> bool:
    """An actor that is a state (a capital standing for its government included), a government or
    armed force of one, an inter-governmental body or a relief body (CAMEO codes ``IGO``/``NGO``,
    or a country code with ``GOV``/``MIL``)."""
    actor = _actor(draft, w)
    if actor is None:
        return False
    code = actor.code or ""
    return _is_state(actor) or code[:3] in ("IGO", "NGO") or code[3:6] == "MIL"


def _state(draft: Draft, w: Token) -> bool:
    """An actor at ``w`` that is a state: the recipient of aid between states."""
    actor = _actor(draft, w)
    return actor is not None and _is_state(actor)


def _is_state(actor: Actor) -> bool:
    """A state, its government, or its capital standing for it ("handed Kyiv a shipment")."""
    return actor.kind == "country" or (actor.code or "")[3:6] == "GOV" or is_capital(actor)
