"""A spaCy component that ends a sentence at every paragraph break (a blank line).

spaCy's parser decides sentence boundaries itself and sometimes runs a
sentence over a paragraph break ('... of the Virgin Islands.\\n\\nDemocrats
repeatedly noted ...'), which then hangs the next paragraph's clause on the
previous paragraph's verb.  A news paragraph never continues a sentence
across a blank line, so the boundary is set before the parser runs; the
parser keeps boundaries that are already set.  A single newline is not a
boundary: some sources hard-wrap their lines mid-sentence.
"""

from __future__ import annotations

from typing import Any

COMPONENT = "newsmodel_paragraph_breaks"


def mark_paragraph_breaks(doc: Any) -> Any:
    """Start a sentence at the first token after a blank line."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and prev.is_space and prev.text.count("\n") >= 2:
            tok.is_sent_start = True
    return doc


def add_paragraph_boundaries(nlp: Any) -> None:
    """Insert :func:`mark_paragraph_breaks` before the parser (no-op without one)."""
    from spacy.language import Language

    if COMPONENT in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=mark_paragraph_breaks)
    nlp.add_pipe(COMPONENT, before="parser")
