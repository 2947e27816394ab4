"""Generic agents and actor codes: the PETRARCH/Phoenix dictionaries' side of the actors.

Common nouns the agents dictionary knows ("gunmen", "the police", "Iranian
troops") become actors with a CAMEO-style sector code, and named actors the
Phoenix dictionaries know get their code ("Russia" -> RUS).  Split from
:mod:`.actors`, which calls :func:`add_generic_agents` and :func:`add_codes`.
"""

from __future__ import annotations

import re

from ..document import AnnotatedDocument, Entity, Token
from ..draft import Draft
from ..lexicons import gazetteer, member_nouns, org_nouns, person_nouns, titles, word_class
from ..lexicons.nouns import unmarked_plurals
from .cameo import actor_code, agent_heads, longest_agent
from .indefinite_roles import introduces_a_person
from .city_places import not_a_person, placed_city, used_as_place
from .code_kinds import country_code, media_outlet
from .given_name_places import coded_town
from .title_phrases import owner_code
from .titled_antecedents import titled_person

__all__ = ["generic_word", "is_generic", "add_generic_agents", "add_codes", "capital_after", "national_only", "CODE", "company_actor"]


def _words(cls: str) -> frozenset[str]:
    """The words of one class of ``actor_words.tsv`` (read once, cached)."""
    return word_class("actor_words.tsv", cls)


def generic_word(doc: AnnotatedDocument, e: Entity) -> bool:
    """A one-word entity that is a generic agent written with a capital ("Gunmen opened fire",
    "Police said"): a tagging slip at the start of a sentence or in a headline."""
    if e.token_end - e.token_start != 1:
        return False
    t = doc.tokens[e.token_start]
    low = t.text.lower()
    if not (t.i == doc.sentences[t.sent].token_start or low in _words("slip-word")):
        return False  # the cheap tests first: mid-sentence, only these few words are slips
    if not t.text[:1].isupper():
        return False
    collective = low != t.lemma.lower() or low.endswith(("s", "men")) or low in _words("collective")  # plural or an institution, not "Dean", "Judge"
    if collective and longest_agent(doc, t) is not None:
        return True
    # "Riot police fired tear gas": the tagger cut a generic agent phrase after its first word
    # and took that word for a name; the phrase ends in the next word and starts at this one
    nxt = t.i + 1
    if nxt < len(doc.tokens) and doc.tokens[nxt].sent == t.sent and doc.tokens[nxt].pos in ("NOUN", "PROPN"):
        phrase = longest_agent(doc, doc.tokens[nxt])
        return phrase is not None and phrase[0] <= t.i
    return False


def _named_by_apposition(doc: AnnotatedDocument, draft: Draft, t) -> bool:  # type: ignore[no-untyped-def]
    """The noun phrase of ``t`` (or the one it modifies) has a named mention in apposition or as a
    name part: "a lawyer for the news outlets, David Schulz", "police officer John Smith"."""
    tok = t
    for _ in range(3):
        if any(c.dep in ("appos", "flat", "compound") and c.pos == "PROPN" and _names_someone(draft, draft.actor_at(c.start, c.end)) for c in doc.children(tok.i)):
            return True
        if tok.dep != "nmod" or tok.head is None:
            return False
        tok = doc.tokens[tok.head]
    return False


def _names_someone(draft: Draft, actor_id: str | None) -> bool:
    """An actor that is a participant's name, not a country or place ("Mali junta": Mali is whose junta)."""
    actor = draft.actor_fields(actor_id) if actor_id else None
    return actor is not None and actor.kind not in ("country", "location")


def is_generic(actor) -> bool:  # type: ignore[no-untyped-def]
    """An actor made from a common noun with a dictionary code ("gunmen", "the president"):
    not an antecedent for he/she/it, which refer back to named participants."""
    return actor.code is not None and actor.name.split()[-1][:1].islower()


def _honorific_head(t: Token) -> bool:
    """An honorific written as a common noun heading its phrase ("the crown prince", "the
    archbishop", "the Saudi imam"): one person. Before a name ("Prince Harry") the word is a title,
    written with a capital and tagged a proper noun, and the name is the participant."""
    return t.pos == "NOUN" and t.text[:1].islower() and titles().get((t.lemma.lower(),)) == "honorific"


#: Generic agents that name an institution rather than its members ("the police", "the army").
_INSTITUTION_CODES = ("GOV", "MIL", "COP", "JUD", "LEG", "MED", "BUS", "IGO", "NGO", "EDU", "HLH", "SPY")


def add_generic_agents(
    doc: AnnotatedDocument, draft: Draft, lowered: list[str] | None = None, *, nouns: list[Token] | None = None
) -> None:
    """Nouns from the agents dictionary become actors with a sector code ("gunmen" -> UAF).

    Only the head of a noun phrase counts (not "police" in "police
    station"), and a head already covered by a named mention is left alone.
    A nationality or country before the phrase ("Iranian troops") becomes
    the actor's affiliation and the prefix of its code.
    ``lowered``: the tokens' text in lower case, when the caller has it;
    ``nouns``: the nouns and proper nouns whose text or lemma (lower case)
    ends an agent phrase, in order, when the caller collected them already.
    """
    if nouns is None:
        if lowered is None:
            lowered = doc.lowered_texts()
        heads = agent_heads()
        # the dictionary test first: it is cheap and rules out nearly every noun
        nouns = [
            t for t, low in zip(doc.tokens, lowered)
            if t.pos in ("NOUN", "PROPN") and (low in heads or t.lemma.lower() in heads)
        ]
    members = member_nouns()
    for t in nouns:
        if draft.actor_at(t.start, t.end):
            continue
        nxt = doc.tokens[t.i + 1] if t.i + 1 < doc.sentences[t.sent].token_end else None
        # "coast guard crews", "police officers": the agent's members act for it
        member = nxt if nxt is not None and nxt.pos == "NOUN" and nxt.text.lower() in members and not draft.actor_at(nxt.start, nxt.end) else None
        if doc.has_parse:
            if t.dep in ("compound", "flat") and (member is None or t.head != member.i) and not _compound_of_verb(doc, t) and not _modifies_event_noun(doc, t, doc.tokens[t.head] if t.head is not None else None):
                continue
            if _named_by_apposition(doc, draft, t):
                continue  # "a lawyer for the outlets, David Schulz": the name is the participant
        elif nxt is not None and nxt.pos in ("NOUN", "PROPN") and member is None and not _modifies_event_noun(doc, t, nxt):
            continue
        hit = longest_agent(doc, t)
        if hit is None:
            continue
        if t.lemma.lower() in _words("body") and _of_things(doc, draft, t):
            continue  # "a coalition of factors", "an alliance of interests": no body of people
        if t.lemma.lower() in _words("body") and _of_common_people(doc, t):
            continue  # "a coalition of pastors": the pastors act, as "a group of protesters" (e93 stop 48)
        first, code = hit
        if t.pos == "PROPN" and first == t.i and t.text[:1].isupper() and t.i > doc.sentences[t.sent].token_start and not _opens_after_dateline(doc, t):
            continue  # a capitalised word mid-sentence is a name, not the common noun
        last = member if member is not None else t
        phrase = " ".join(doc.tokens[k].text.lower() for k in range(first, last.i + 1))
        low = last.text.lower()
        # a capitalised plural the tagger took for a name keeps its -s as its lemma ("Officials in Ankara ...")
        plural = low != last.lemma.lower() or low.endswith(("men", "people")) or (last.pos == "PROPN" and low.endswith("s") and not low.endswith("ss"))
        lemma = t.lemma.lower()
        if not plural and low.endswith(unmarked_plurals()) and lemma not in org_nouns() and lemma not in _words("collective"):
            plural = True  # "Aircraft struck a depot", "Youth threw stones": a plural without an -s
        if plural:
            kind = "group"
        elif lemma in org_nouns() or lemma in _words("collective") or lemma in _words("body"):
            kind = "organization"  # a body the dictionary codes bare: "the gang" (CRM)
        elif lemma in person_nouns() or titles().get((lemma,)) == "role" or _honorific_head(t):
            kind = "person"
        else:
            continue  # "business", "television", "college": a topic more often than a participant
        # a nationality or country right before the phrase: "Iranian troops", "Israel's army"
        country = None
        k = first - 1
        j = k  # "Germany's domestic intelligence service": adjectives between the possessive and the phrase
        while j >= doc.sentences[t.sent].token_start and first - j <= 2 and doc.tokens[j].pos == "ADJ":
            j -= 1
        if j >= doc.sentences[t.sent].token_start and doc.tokens[j].text in ("'s", "’s"):
            k = j - 1
        elif k >= doc.sentences[t.sent].token_start and doc.tokens[k].text in ("'s", "’s"):
            k -= 1
        if k >= doc.sentences[t.sent].token_start:
            prev = doc.tokens[k]
            country = draft.actor_at(prev.start, prev.end)
            cactor = draft.actor_fields(country) if country else None
            if cactor is None or cactor.kind != "country":
                country = None
        capital = None
        if country is None and first == t.i and t.lemma.lower() in _words("national-only"):
            capital = capital_after(doc, draft, t)
            if capital is None:
                continue  # "market forces", "a force for good": only "Russian forces" are troops
            country, where = capital  # "officials in Ankara": Turkey's officials
            phrase = doc.text[t.start : where.end]
            phrase = phrase[:1].lower() + phrase[1:]
        start = doc.tokens[first].start
        if first > 0 and doc.tokens[first - 1].text.lower() == "the" and country is None and not (member is None and _modifies_event_noun(doc, t, nxt)):
            # (not the article of the event noun a modifier stands before: "the police raid")
            start = doc.tokens[first - 1].start
        if country is not None and code == "GOV" and t.lemma.lower() in _words("state-word"):
            draft.add_mention(country, doc.tokens[k].start, t.end)  # "the Saudi government": the state itself
            continue
        if capital is not None:
            actor_id = draft.actor_id_named(phrase, kind, affiliation=country)
        elif country is not None:
            # the country as written, the agent phrase in lower case ("Ukrainian forces" also from a
            # headline's "Ukrainian Forces Shell ...")
            actor_id = draft.actor_id_named(doc.text[doc.tokens[k].start : doc.tokens[first].start] + phrase, kind, affiliation=country)
        elif kind == "person" and member is None and (named := titled_person(draft, t)) is not None:
            draft.add_mention(named, start, t.end)  # "Senator Ann Lowe ... the senator": Ann Lowe again
            continue
        elif kind == "person" and one_of_many(doc, t):
            # "a diplomat ... a diplomat": each indefinite one is a person of their own (indefinite_roles)
            actor_id = draft.add_actor(name=phrase, kind=kind).id
        else:
            actor_id = draft.actor_id_named(phrase, kind)
        actor = draft.actor_fields(actor_id)
        owned, owned_code = owner_code(doc, draft, first) if kind == "person" and country is None and capital is None else (False, None)
        if owned:
            # "the bank's chief executive": the owner's sector, not the dictionary's head of government (.title_phrases)
            if actor is not None and actor.code is None and owned_code is not None:
                draft.update_actor_fields(actor_id, code=owned_code)
        elif actor is not None and actor.code is None:
            prefix = actor_code(draft.actor_fields(country).name, draft.published) if country else None  # type: ignore[union-attr]
            full = (prefix[:3] + code) if prefix and len(prefix) >= 3 and code[:3] != "IGO" else code
            if CODE.match(full):
                draft.update_actor_fields(actor_id, code=full)
        draft.add_mention(actor_id, start, last.end)


def one_of_many(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` heads an indefinite phrase for one person that is no one named's apposition or
    predicate ("a diplomat said", not "Ana Ruiz, a diplomat,"): :mod:`.indefinite_roles`."""
    return introduces_a_person(doc, t)


def _of_common_people(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` is indefinite ("a coalition", "an alliance") and its of-phrase names people by a common
    noun ("a coalition of pastors"): a body made up for the occasion, whose members are the actor --
    not the dictionary's bare "coalition" (a ruling one, GOV).  Issue 14, helper e93 at stop 48."""
    from .body_agents import of_people  # body_agents imports this module

    lo = doc.sentences[t.sent].token_start
    return t.i > lo and doc.tokens[t.i - 1].text.lower() in ("a", "an") and of_people(doc, t)


def _of_things(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    from .body_agents import of_things  # body_agents imports this module

    return of_things(doc, draft, t)


def national_only(t) -> bool:  # type: ignore[no-untyped-def]
    """``t`` is an agent word that names a state's people only with a country (class ``national-only`` of ``actor_words.tsv``)."""
    national = _words("national-only")
    return t.text.lower() in national or t.lemma.lower() in national


def capital_after(doc: AnnotatedDocument, draft: Draft, t):  # type: ignore[no-untyped-def]
    """``(country actor id, the capital's token)`` for "officials in Ankara", "forces from Moscow":
    a capital stands for its government (the gazetteer's capital rows), so the officials are its country's."""
    end = doc.sentences[t.sent].token_end
    if t.i + 2 >= end or doc.tokens[t.i + 1].text.lower() not in ("in", "from"):
        return None
    where = doc.tokens[t.i + 2]
    place = draft.actor_fields(draft.actor_at(where.start, where.end))
    if place is None:
        return None
    if place.kind == "country":
        return place.id, where
    hit = gazetteer().get(tuple(place.name.split()))
    if hit is None or hit[0] != "capital":
        return None
    return draft.actor_id_named(hit[1], "country"), where


CODE = re.compile(r"^[A-Z0-9]{3,18}$")


_PLACE_PREPOSITION = re.compile(r"\b(?:in|into|at|near|outside|from|to|across|around|throughout)\s+$", re.IGNORECASE)


#: A preposition of place and the capitalised names listed after it before a mention ("in Ostrava,
#: Brno and Plzen": each name is placed by the one "in").
_PLACE_LIST = re.compile(
    r"\b(?:in|at|near|outside|from|to|across|around)\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:\s*,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+))*$"
)


def _place_mention(text: str, start: int) -> bool:
    """The mention starting at ``start`` follows a preposition of place, or a list of names after one."""
    return bool(_PLACE_PREPOSITION.search(text, max(0, start - 12), start) or _PLACE_LIST.search(text, max(0, start - 80), start))


#: The public name of :func:`_place_mention`, for the early reading of coded towns (``coded_towns``, a25 stop 47).
place_mention = _place_mention


def _named_as_place(draft: Draft, actor_id: str) -> bool:
    """Every mention of the actor follows a preposition of place ("in Geneva", "from Basel"), or a
    list of names that does ("in Ostrava, Brno and Plzen": Brno and Plzen too)."""
    offsets = draft.mention_offsets(actor_id)  # (where the mentions start: no frozen actor built)
    text = draft.text
    return bool(offsets) and all(
        _PLACE_PREPOSITION.search(text, max(0, start - 12), start) or _PLACE_LIST.search(text, max(0, start - 80), start)
        for start, _end in offsets
    )


def add_codes(draft: Draft) -> None:
    """CAMEO codes for named actors the Phoenix dictionaries know ("Russia" -> RUS)."""
    for actor_id in draft.actor_ids:
        a = draft.actor_fields(actor_id)
        if a is None or a.code is not None:
            continue
        if a.kind == "group":
            continue
        code = actor_code(a.name, draft.published)
        if code and a.kind == "person" and _bare_country(code) and (
            _named_as_place(draft, a.id) or placed_city(draft, a.id, _place_mention) or used_as_place(draft, a.id)
            or coded_town(draft, a.id, _place_mention)  # "in Orlando ... the Orlando attack": a town named like people (a25)
        ):
            # "talks in Geneva", "in Leeds, Hull and Sheffield", "in New Haven": a name the Phoenix
            # countries dictionary lists among its country's places (a bare country code, no
            # sector) and that the text puts after a preposition of place (or in a list of names
            # after one) is a place, whatever kind an untrained tagger gave it ("Austin said" stays
            # a person: Austin is a Texan city and a defence secretary); or placed once and never
            # a person's ("poured into Sacramento ... Sacramento is weighing": city_places), or
            # set after "of" or before a noun it modifies ("the Sacramento debate": used_as_place)
            draft.update_actor_fields(a.id, code=code, kind="location")
            continue
        if code and a.kind == "organization" and _bare_country(code) and _written_in_capitals(a.name):
            # "LEEDS, England (AP) --", "NEW YORK --": a dateline sets the place in capitals, which
            # the rules engine reads as an acronym's organisation; a name the Phoenix countries
            # dictionary lists among its country's places (a bare country code: no body, which
            # would carry a sector) is a place (issue 14, helper a20 at stop 43)
            draft.update_actor_fields(a.id, code=code, kind="location")
            continue
        if code and a.kind == "person" and (_company(a.name, code) or media_outlet(a.name, code) or (_coded_body(a.name, code) and not_a_person(draft, a.id))):
            # "Google said", "Twitter suspended his account": a one-word name the dictionaries
            # code as a company (MNC) names no person, whatever kind a tagger gave it (the rules
            # engine reads any unknown capitalised subject as a person)
            draft.update_actor_fields(a.id, code=code, kind="organization")
            continue
        if code is None:
            for alias in a.aliases:
                code = actor_code(alias, draft.published)
                if code and a.kind == "person" and _bare_country(code):
                    # "Andy Pell" ... "Pell": a person's surname that the countries dictionary
                    # lists as one of its country's places (a river, a town) codes no person as
                    # that country (issue 14, helper a20 at stop 43: a tennis player coded AUS)
                    code = None
                    continue
                if code:
                    break
        if code is None and a.kind == "organization":
            code = _named_body_code(a.name)
        if code and CODE.match(code):
            draft.update_actor_fields(a.id, code=code)


def _written_in_capitals(name: str) -> bool:
    """Every letter of ``name`` a capital, and more than an acronym's few ("LEEDS", "NEW YORK";
    not "UN", "NATO")."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) > 4 and all(c.isupper() for c in letters)


def _bare_country(code: str) -> bool:
    """A country's code with no sector ("USA", "AUS"): what the Phoenix countries dictionary gives
    the places it lists under a country, never a person's role; not a sector's code alone ("MED" of
    a news site: :func:`~newsmodel.extractors.code_kinds.country_code`, a25 stop 47)."""
    return len(code) == 3 and code.isalpha() and country_code(code)


def _company(name: str, code: str) -> bool:
    """A one-word capitalised name whose dictionary code is a company's (MNC: "Google", "Twitter")."""
    return " " not in name and name[:1].isupper() and code.startswith("MNC") and CODE.match(code) is not None


def _coded_body(name: str, code: str) -> bool:
    """A name the dictionaries code as a company (MNC) of two words or more ("Goldman Sachs"), or as a
    non-governmental or international body (NGO, IGO) in one word ("Harvard" NGO): a body, when no
    mention of it is a person's (:func:`~newsmodel.extractors.city_places.not_a_person`, read by the
    caller: no given name opens it, no title, no pronoun, no verb of speech after it). The rules
    engine reads the unknown capitalised words as a person's name (issue 14, helper a24 at stop 46:
    PolNeAR train sample). A person the dictionaries code with a body's sector keeps a given name,
    a title or a pronoun."""
    if not name[:1].isupper() or CODE.match(code) is None:
        return False
    if code.startswith("MNC"):
        return " " in name
    return code[:3] in ("NGO", "IGO") and " " not in name


def company_actor(draft: Draft, t: Token) -> str | None:
    """The company a proper noun no tagger named is ("Facebook said", with no entity from spaCy's
    small model): an ``organization`` actor with its code, when its one capitalised word is coded
    as a company; None for any other word (the caller's source stays a ``group``)."""
    code = actor_code(t.text, draft.published)
    if not code or not _company(t.text, code):
        return None
    actor_id = draft.actor_id_named(t.text, "organization")
    draft.update_actor_fields(actor_id, code=code)
    return actor_id


def _named_body_code(name: str) -> str | None:
    """The sector code of a named state body the dictionaries do not list, from its head word
    (``named-body-*`` classes of ``actor_words.tsv``): "Justice Department" GOV, "Court of Appeals"
    JUD, "National Assembly" LEG.  The head is the last word, or the word before "of" ("Ministry of
    Defence"); a one-word name ("Court") is no name of a body, and a police department is left to
    the dictionaries (COP, not GOV)."""
    words = name.split()
    if len(words) < 2 or any(w.lower() == "police" for w in words):
        return None
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    low = head.lower()
    for sector in ("gov", "jud", "leg"):
        if low in word_class("actor_words.tsv", f"named-body-{sector}"):
            return sector.upper()
    return None


def _opens_after_dateline(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` is the first word after a wire-copy dateline ("BANGUI, Central African Republic
    (Reuters) - *Rebels* handed over ..."): capitalised as a sentence's first word, not as a name."""
    from .roles import dateline_dash

    dash = dateline_dash(doc, doc.sentences[t.sent])
    return dash is not None and t.i == dash + 1


def _modifies_event_noun(doc: AnnotatedDocument, t: Token, head: Token | None) -> bool:
    """``t`` is the modifier right before a noun of force or coercion ("the *police* raid", "a
    *rebel* attack", "the *army* offensive"): the party that carried the event out, its agent
    (PLOVER), not a word of a thing's name like "police station" (issue 14 batch 56). Other event
    nouns name a kind with such a word ("military cooperation", "company offers")."""
    if head is None or head.i != t.i + 1 or head.pos != "NOUN":
        return False
    from .events.triggers import match_trigger  # (here: the events package imports this module)

    hit = match_trigger(doc, head)
    return hit is not None and hit[1] in ("ASSAULT", "COERCE")


def _compound_of_verb(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` opens its sentence and the parser made it a compound of the verb after it: in a
    title-case headline ("Army Lifts Curfew In Capital") the small spaCy model reads the subject
    and the verb as one name. A compound modifies nouns only; on a verb it is the lost subject
    (issue 14 batch 52)."""
    if t.head is None or t.head != t.i + 1 or t.i != doc.sentences[t.sent].token_start:
        return False
    return doc.tokens[t.head].pos == "VERB"
