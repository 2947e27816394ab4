"""Test helpers: stanza Documents from CoNLL-U and word dicts, the same parse as a
spaCy Doc, and the invariants every converted document must satisfy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def read_fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def stanza_doc_from_conllu(conllu: str) -> Any:
    """A stanza Document with text and offsets, read by stanza's own CoNLL-U reader."""
    from stanza.utils.conll import CoNLL

    return CoNLL.conll2doc(input_str=conllu, reconstruct_text=True)


def stanza_doc_from_words(sentences: list[list[dict[str, Any]]], text: str) -> Any:
    """A stanza Document from CoNLL-U style word dicts (with start_char/end_char)."""
    from stanza.models.common.doc import Document

    return Document(sentences, text=text)


def _unescape_space(value: str) -> str:
    return value.replace("\\s", " ").replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r")


def _space_after(misc: str) -> str:
    for item in misc.split("|"):
        key, _, value = item.partition("=")
        if key == "SpaceAfter" and value == "No":
            return ""
        if key == "SpacesAfter":
            return _unescape_space(value)
    return " "


def _misc_value(misc: str, key: str) -> str | None:
    for item in misc.split("|"):
        k, _, value = item.partition("=")
        if k == key:
            return value
    return None


def parse_conllu(conllu: str) -> list[dict[str, Any]]:
    """Words of a CoNLL-U text, read independently of stanza, with the whitespace
    after each word and the BIOES tag of the token it belongs to.

    The last sentence's final whitespace is dropped, as stanza does.
    """
    words: list[dict[str, Any]] = []
    for block in conllu.strip().split("\n\n"):
        sentence: list[dict[str, Any]] = []
        mwt_end = 0
        mwt_space = " "
        mwt_ner: str | None = None
        for line in block.split("\n"):
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0]:
                a, b = (int(x) for x in cols[0].split("-"))
                mwt_end, mwt_space = b, _space_after(cols[9])
                mwt_ner = _misc_value(cols[9], "ner")
                mwt_start = a
                continue
            i = int(cols[0])
            misc = cols[9]
            in_mwt = i <= mwt_end
            if in_mwt:
                space = mwt_space if i == mwt_end else ""
                tag = mwt_ner
                if tag and tag != "O" and i != mwt_start:
                    tag = "I-" + tag[2:]
            else:
                space, tag = _space_after(misc), _misc_value(misc, "ner")
            sentence.append(
                {
                    "form": cols[1], "lemma": cols[2], "upos": cols[3], "xpos": cols[4],
                    "head": int(cols[6]), "deprel": cols[7], "space": space, "ner": tag or "O",
                }
            )
        base = len(words)
        for w in sentence:
            w["head"] = base + w["head"] - 1 if w["head"] else None
        words.extend(sentence)
    if words:
        words[-1]["space"] = ""
    return words


def _bioes_to_iob(tags: list[str]) -> list[str]:
    out = []
    for tag in tags:
        if tag == "O":
            out.append("O")
        else:
            prefix, label = tag[0], tag[2:]
            out.append(("B-" if prefix in ("B", "S") else "I-") + label)
    return out


def spacy_doc_from_conllu(conllu: str, vocab: Any, *, parse: bool = True) -> Any:
    """The same parse as a spaCy ``Doc``: UD relations, UPOS, PTB tags, lemmas, entities.

    Whitespace other than one space becomes a spaCy whitespace token attached to
    the previous word, which is what spaCy's own tokenizer and parser produce for
    paragraph breaks.  Roots get spaCy's ``ROOT`` label.
    """
    from spacy.tokens import Doc

    words = parse_conllu(conllu)
    forms: list[str] = []
    spaces: list[bool] = []
    index: list[int] = []
    extra: list[tuple[int, str]] = []  # (position in forms, whitespace text)
    for w in words:
        index.append(len(forms))
        forms.append(w["form"])
        gap = w["space"]
        if gap in ("", " "):
            spaces.append(gap == " ")
        else:
            lead = gap.startswith(" ")
            spaces.append(lead)
            forms.append(gap[1:] if lead else gap)
            spaces.append(False)
            extra.append((len(forms) - 1, forms[-1]))
    n = len(forms)
    heads = list(range(n))
    deps = ["dep"] * n
    pos = ["SPACE"] * n
    tags = ["_SP"] * n
    lemmas = list(forms)
    ents = ["O"] * n
    iob = _bioes_to_iob([w["ner"] for w in words])
    for k, w in enumerate(words):
        j = index[k]
        pos[j], tags[j], lemmas[j], ents[j] = w["upos"], w["xpos"], w["lemma"], iob[k]
        if w["head"] is None:
            heads[j], deps[j] = j, "ROOT"
        else:
            heads[j], deps[j] = index[w["head"]], w["deprel"]
    for j, _ in extra:
        heads[j] = j - 1  # whitespace hangs off the word before it, inside its sentence
    kwargs: dict[str, Any] = {"words": forms, "spaces": spaces, "pos": pos, "tags": tags, "lemmas": lemmas, "ents": ents}
    if parse:
        kwargs.update(heads=heads, deps=deps)
    else:
        kwargs["sent_starts"] = _sentence_starts(words, index, n)
    return Doc(vocab, **kwargs)


def _sentence_starts(words: list[dict[str, Any]], index: list[int], n: int) -> list[bool]:
    """Sentence starts: a word starts a sentence when its root (reached by
    following heads) differs from the previous word's."""
    starts = [False] * n
    def root(k: int) -> int:
        seen = 0
        while words[k]["head"] is not None and seen < len(words):
            k = words[k]["head"]
            seen += 1
        return k

    last_root = None
    for k in range(len(words)):
        r = root(k)
        if r != last_root:
            starts[index[k]] = True
            last_root = r
    return starts


def assert_invariants(doc: Any) -> None:
    """What a converted stanza document must satisfy beyond ``check()``."""
    doc.check()
    text = doc.text
    for t in doc.tokens:
        assert t.text and t.text == text[t.start : t.end]
        assert t.space_after == (t.end < len(text) and text[t.end].isspace()), t
        if doc.has_parse:
            assert t.dep and t.dep == t.dep.lower(), t
            assert (t.head is None) == (t.dep == "root"), t
            if t.head is not None:
                assert doc.tokens[t.head].sent == t.sent, f"head of {t.i} crosses a sentence"
                assert t.head != t.i
        else:
            assert t.head is None and t.dep == ""
    for s in doc.sentences:
        assert s.token_end > s.token_start
        assert s.start == doc.tokens[s.token_start].start
        assert s.end == max(t.end for t in doc.tokens[s.token_start : s.token_end])
    for e in doc.entities:
        assert e.label
        assert doc.tokens[e.token_start].sent == doc.tokens[e.token_end - 1].sent, "entity crosses a sentence"
        assert e.start == doc.tokens[e.token_start].start
        assert e.end == max(t.end for t in doc.tokens[e.token_start : e.token_end])
    for c in doc.chains:
        assert list(c.mentions) == sorted(set(c.mentions))
        for a, b in c.mentions:
            assert doc.token_at(a) is not None and doc.token_at(b - 1) is not None


#: UD relations -> spaCy's English (ClearNLP) labels, where only the name differs.
_CLEARNLP = {
    "obj": "dobj", "nsubj:pass": "nsubjpass", "aux:pass": "auxpass", "nmod:poss": "poss",
    "compound:prt": "prt", "acl:relcl": "relcl", "obl:npmod": "npmod", "iobj": "dative",
    "csubj:pass": "csubjpass", "discourse": "intj", "det:predet": "predet",
}


def ud_to_clearnlp(conllu: str) -> str:
    """The same CoNLL-U with the tree rewritten the way spaCy's English parser builds it.

    Written independently of newsmodel-spacy's converter so that running that
    converter on the result tests it: prepositions head their objects
    (``prep`` + ``pobj``, ``agent`` for "by"), "according to" is a chain of
    prepositions, copulas head their clause (``attr``/``acomp``), names are
    ``compound`` chains headed by their last word, and labels take their
    ClearNLP names.
    """
    blocks = []
    for block in conllu.strip().split("\n\n"):
        lines = block.split("\n")
        rows = [ln.split("\t") for ln in lines if ln and not ln.startswith("#") and "-" not in ln.split("\t")[0]]
        head = {int(r[0]): int(r[6]) for r in rows}
        dep = {int(r[0]): r[7] for r in rows}
        upos = {int(r[0]): r[3] for r in rows}

        def kids(h: int) -> list[int]:
            return sorted(k for k in head if head[k] == h)

        # names: "Vladimir <-flat- Putin" becomes "Vladimir -compound-> Putin"
        for h in [k for k in head if any(dep[c] == "flat" for c in kids(k))]:
            flats = [c for c in kids(h) if dep[c] == "flat"]
            last = flats[-1]
            head[last], dep[last] = head[h], dep[h]
            for c in kids(h):
                if c != last:
                    head[c] = last
            for c in flats[:-1] + [h]:
                head[c], dep[c] = last, "compound"
        # copulas head their clause
        for p in [k for k in head if any(dep[c] == "cop" for c in kids(k))]:
            cop = next(c for c in kids(p) if dep[c] == "cop")
            head[cop], dep[cop] = head[p], dep[p]
            for c in kids(p):
                if c != cop and dep[c] in ("nsubj", "nsubj:pass", "aux", "aux:pass", "advmod", "punct", "mark", "csubj"):
                    head[c] = cop
            head[p], dep[p] = cop, "acomp" if upos[p] == "ADJ" else "attr"
        # prepositional phrases: the preposition heads its object
        for case in [k for k in head if dep[k] == "case" and dep[head[k]] in ("obl", "nmod", "obl:agent")]:
            n = head[case]
            fixed = [c for c in kids(case) if dep[c] == "fixed"]
            head[case], dep[case] = head[n], "agent" if dep[n] == "obl:agent" else "prep"
            top = case
            for f in fixed:  # "according to": According -prep-> to -pobj-> N
                head[f], dep[f] = top, "prep"
                top = f
            head[n], dep[n] = top, "pobj"
        for k in head:
            dep[k] = "ROOT" if head[k] == 0 else _CLEARNLP.get(dep[k], dep[k])
        out = []
        for ln in lines:
            cols = ln.split("\t")
            if ln and not ln.startswith("#") and "-" not in cols[0]:
                i = int(cols[0])
                cols[6], cols[7] = str(head[i]), dep[i]
            out.append("\t".join(cols))
        blocks.append("\n".join(out))
    return "\n\n".join(blocks) + "\n"
