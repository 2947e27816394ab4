"""The claim a bare "that" called false stands for: what another party was just reported to say
(issue 14 item 4, d10, stop 40).

"The governor said the union had taken money from developers. The union's president called that
'utterly preposterous'": no claim noun precedes the verdict, yet "that" points to a reported earlier
statement -- a denied claim by the issue's own definition.  The claim is the content of a statement
in the sentence just before, whose verb reports a claim (``reported-claim-verb`` in
``denial_words.tsv``: said, claimed, accused ...) and whose speaker is not the denier (one does not
deny what one just said).  "The mayor proposed a curfew. The council called that 'preposterous'"
judges a proposal, no claim ("proposed" puts forward an act).
"""

from __future__ import annotations

from ..document import AnnotatedDocument
from ..draft import Draft
from ..lexicons import word_classes


def reported_claim_before(doc: AnnotatedDocument, draft: Draft, offset: int, denier: str | None) -> tuple[int, int] | None:
    """The content span of the last claim reported in the sentence before the one holding ``offset``
    by a speaker other than ``denier``, or None."""
    here = doc.token_at(offset)
    if here is None or here.sent == 0:
        return None
    prev = doc.sentences[here.sent - 1]
    lo, hi = doc.tokens[prev.token_start].start, doc.tokens[prev.token_end - 1].end
    verbs = word_classes("denial_words.tsv")["reported-claim-verb"]
    found = None
    for st in draft.statements:
        if st.cue is None or st.cue.text.lower() not in verbs or (denier is not None and st.speaker == denier):
            continue
        for c in st.content:
            if lo <= c.start and c.end <= hi and len(c.text.split()) >= 3:
                found = (c.start, c.end)
    return found
