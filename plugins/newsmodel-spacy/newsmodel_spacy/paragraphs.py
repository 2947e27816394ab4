"""A spaCy component that sets sentence boundaries the parser gets wrong: paragraph breaks and mid-line splits.

spaCy's parser decides sentence boundaries itself and sometimes runs a
sentence over a paragraph break ('... of the Faroe Islands.\\n\\nRepublicans
repeatedly noted ...'), which then hangs the next paragraph's clause on the
previous paragraph's verb.  A news paragraph never continues a sentence
across a blank line, so the boundary is set before the parser runs; the
parser keeps boundaries that are already set.  A single newline is a
boundary only after sentence-final punctuation or a closing quote, or before
an opening quote: some sources hard-wrap their lines mid-sentence
("The council regularly\nignores\nlocal residents"), others put each
paragraph on one line with no blank line between.
"""

from __future__ import annotations

from typing import Any

COMPONENT = "newsmodel_paragraph_breaks"


def mark_paragraph_breaks(doc: Any) -> Any:
    """Start a sentence after a blank line, or after a line break that ends a
    sentence; forbid one after a word and a space inside a line."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if _inside_line(prev, tok):
            tok.is_sent_start = False
            continue
        if tok.is_space or not prev.is_space or "\n" not in prev.text:
            continue
        if prev.text.count("\n") >= 2 or (tok.i >= 2 and doc[tok.i - 2].text in _LINE_ENDS) or tok.text in _LINE_OPENERS:
            tok.is_sent_start = True
    return doc


def _inside_line(prev: Any, tok: Any) -> bool:
    """``tok`` follows a word and one space on the same line: no sentence starts there.

    The small English parser sometimes splits a sentence before a name or a
    number-like word ("Mendez cited disparaging remarks | Rush had made
    about Ortiz", "the 13th | Amendment"); without closing punctuation a
    sentence does not end in running text.
    """
    # only where the parser could start one (a capital or a digit): every
    # preset boundary slows the parser, and a lower-case word never starts a sentence
    return (tok.text[:1].isupper() or tok.text[:1].isdigit()) and prev.whitespace_ == " " and prev.text[-1].isalnum() and not prev.is_space


#: A line ending with one of these ends its sentence even without a blank line.
_LINE_ENDS = frozenset({".", "!", "?", '"', "”", "'", "’", ":"})
#: A line opening with a quote mark starts a sentence: "― Marta Quiroga\n“…”" (the
#: engine parses curly quotes as straight ones, so both forms are listed).
_LINE_OPENERS = frozenset({'"', "“", "«", "„"})


def add_paragraph_boundaries(nlp: Any) -> None:
    """Insert :func:`mark_paragraph_breaks` before the parser (no-op without one)."""
    from spacy.language import Language

    if COMPONENT in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=mark_paragraph_breaks)
    nlp.add_pipe(COMPONENT, before="parser")
