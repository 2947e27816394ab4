"""A campaign started is no appeal unless it asks for something (issue 14 batch 150, helper e87 at stop 47).

CAMEO.2.0's start block codes "- * CAMPAIGN [020]" (make an appeal or request), written for
campaigns that ask for something ("launched a campaign for the release of the prisoners").  In
election news the campaign is a candidate's own run for office: "The senator kicked off her
campaign in Des Moines" is no request of anyone.  The campaign asks only when its phrase says
what for: "for" / "to" + a verb / "asking" / "urging" / "calling" after the noun, within its clause
(``campaign-aim-word`` of ``sense_words.tsv``); with none of them, the pattern gives no event.  "a campaign against the
rebels" (an armed campaign, ``armed_campaigns``) and "against obesity" have their own rules.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...lexicons import word_class

__all__ = ["APPEAL_CODE", "campaign_without_aim"]

#: CAMEO's code of "make an appeal or request", the code of the start block's campaign pattern.
APPEAL_CODE = "020"
#: How many words after "campaign" its aim may stand, within its clause ("a campaign with a
#: rights group last week asking ...").
_REACH = 10


def campaign_without_aim(doc: AnnotatedDocument, obj: Token | None) -> bool:
    """``obj``, the object head of a verb whose CAMEO answer is the appeal code, is "campaign" and
    nothing after it says what the campaign asks for."""
    if obj is None or obj.lemma.lower() != "campaign":
        return False
    sent = doc.sentences[obj.sent]
    aims = word_class("sense_words.tsv", "campaign-aim-word")
    for k in range(obj.i + 1, min(sent.token_end, obj.i + 1 + _REACH)):
        w = doc.tokens[k]
        if w.text.lower() in aims:
            return False  # "a campaign with a rights group *asking* voters to ..."
        if not w.text[:1].isalnum():
            break  # the clause ends: "opened her campaign at a rally, then flew on"
    return True
