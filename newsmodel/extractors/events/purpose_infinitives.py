"""The doer of an infinitive of purpose after a verb of contact and its object, without a parse.

"The senator phoned the president to thank him", "The minister visited Kabul to praise the
troops", "The mayor met the strikers on Friday to criticize the union leaders": the infinitive
says why the contact was made, and its doer is the one who made it -- a purpose clause is
controlled by the subject. The rules engine read the nearest name before the infinitive, the
object contacted (the president thanked, Kabul praised). Only verbs of contact
(``contact-verb`` in ``sense_words.tsv``) are read this way: after verbs of object control
("urged the governor to criticize", ``control_verbs.tsv``) and of sending or choosing
("sent troops to guard", "named her to lead") the object does the infinitive, and stays the
agent. Issue 14, stop 42, e57: PolNeAR train ("called <a rival> to congratulate him").
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from .senses import event_words

#: Parts of speech of an object and of a time phrase after it ("the strikers on Friday").
_OBJECT_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "ADP", "PART"})
#: How many words may stand between the verb of contact and the infinitive's "to".
_REACH = 10


def contact_before_purpose(doc: AnnotatedDocument, to: int) -> Token | None:
    """The verb of contact whose object (and time phrase) alone stand between it and the
    infinitive's ``to``; None when another verb, a comma or a clause word stands between, or the
    verb is no verb of contact."""
    sent = doc.sentences[doc.tokens[to].sent]
    contact = event_words("contact-verb")
    for j in range(to - 1, max(sent.token_start, to - _REACH) - 1, -1):
        v = doc.tokens[j]
        if v.pos == "VERB":
            named = any(doc.tokens[k].pos in ("NOUN", "PROPN", "PRON") for k in range(j + 1, to))
            return v if named and v.lemma.lower() in contact else None
        if v.pos not in _OBJECT_POS or v.text.lower() in ("that", "who", "which"):
            return None
    return None
