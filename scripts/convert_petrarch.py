#!/usr/bin/env python3
"""Convert the PETRARCH/Phoenix dictionaries into newsmodel lexicon files.

Reads ``../shared/ref`` (or ``--ref DIR``):

* ``petrarch/CAMEO.2.0.txt``            CAMEO verb patterns (PETRARCH 1.0 format)
* ``petrarch/Phoenix.agents.txt``       generic agents ("gunmen" -> UAF)
* ``petrarch/Phoenix.*.actors.txt``     named actors with CAMEO actor codes and date ranges
* ``CAMEO2PLOVER-2021.txt``             CAMEO code -> PLOVER category, mode

and writes, under ``newsmodel/lexicons/``:

* ``cameo_verbs.tsv``     verb lemma (+ particle) -> verb block, default CAMEO code, PLOVER type/mode
* ``cameo_patterns.tsv``  per verb block: subject / object / particle / prepositional-phrase
                          constraints -> CAMEO code, PLOVER type/mode (synonym sets expanded)
* ``agents.tsv``          generic agent noun phrase -> CAMEO sector code
* ``named_actors.tsv``    named actor alias -> canonical name, CAMEO actor code(s) with dates

The dictionaries are MIT-licensed (Open Event Data Alliance); the licence
text and attribution are in ``newsmodel/lexicons/NOTICE``.  The output is
deterministic, so re-running the script on the same inputs gives the same
files (they are committed; the script documents how they were made).

Usage: python scripts/convert_petrarch.py [--ref ../shared/ref] [--out newsmodel/lexicons]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER_SOURCE = (
    "# Source: PETRARCH / Phoenix dictionaries (openeventdata, MIT licence, (c) 2015-2016 Open Event\n"
    "#   Data Alliance; licence text in lexicons/NOTICE), converted by scripts/convert_petrarch.py.\n"
    "#   Do not edit by hand: change the converter and re-run it.\n"
)

#: Words that follow a verb as particles in PETRARCH patterns ("- * OFF EXPLOSIVE", "PUT * DOWN RIOT").
PARTICLES = {"up", "down", "off", "out", "back", "away", "aside", "over", "on", "in", "forward", "through", "around", "along", "apart"}
PREPOSITIONS = {"to", "for", "with", "against", "of", "on", "in", "into", "at", "from", "by", "over", "toward", "towards",
                "under", "about", "between", "as", "after", "upon", "onto", "through", "across", "near", "within", "without"}
ACTOR_MARKS = {"$", "+", "^", "%"}


# -- shared helpers -------------------------------------------------------------


def singular(word: str) -> str:
    """A crude singular for dictionary nouns (they are upper-case and sometimes plural)."""
    w = word.lower()
    if w.startswith("&"):
        return w
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ous", "news")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    if w.endswith("men"):
        return w[:-3] + "man"
    if w.endswith("s"):
        return w[:-1]
    return w


def words_of(entry: str) -> list[str]:
    """'CASH_' / 'COAST_GUARD' / 'U.N._SECRETARY_GENERAL' -> lower-case words."""
    return [w for w in entry.strip().strip("+").lower().replace("_", " ").split() if w]


def strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def regular_forms(lemma: str) -> set[str]:
    """The regular inflections of a dictionary verb ("rally" -> "rallies", "rallied", "rallying";
    "step" -> "stepped"), which PETRARCH generates itself and the comments use as the verb's name."""
    out = {lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"}
    if lemma.endswith("e"):
        out |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and len(lemma) > 2:
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "step" -> "stepped"
    return out


def verb_forms(line: str, lemma: str) -> set[str]:
    """The forms of the verb a block's verb line defines: its regular inflections and the
    irregular ones it lists in braces ("FALL {FALLS FELL FALLING}", "+STEP_UP {+STEPPED_UP ...}")."""
    forms = regular_forms(lemma)
    braces = re.search(r"\{([^}]*)\}", line)
    if braces:
        forms |= {ws[0] for ws in (words_of(w) for w in braces.group(1).split()) if ws}
    return forms


def block_verb(word: str, lemmas: set[str], forms: dict[str, str]) -> str:
    """The lemma of the block's verb that ``word`` of a comment names, or "": an inflected form
    names its verb ("RALLIED" -> "rally", "FELL" -> "fall", "KILLED_AND" -> "kill")."""
    if word in forms:
        return forms[word]
    return word if word in lemmas else ""


def pattern_verbs(raw: str, lemmas: set[str], forms: dict[str, str]) -> tuple[str, ...]:
    """The block verbs a pattern line's comment names ("- * OFF [046]  # KICK" -> ("kick",);
    "- &MILITARY * [190]  # CLASH , STRIKE" -> ("clash", "strike")), or () when it names none.

    CAMEO.2.0 files each pattern under a block of synonyms but writes in a comment the verb it
    was made for (its header: "the verb[s] where the pattern was originally found", TABARI's
    per-verb CAMEO.091003 file); applied to the whole block, "kick off" [046] makes "fight off" a
    consultation and "strike a deal" lends its AGREE to "hammer". Each comma-separated part whose
    first word is a verb of the block, in any form, counts (others are coders' notes:
    "# pas 15.04.29 ...", "<ab 02 Dec 2005>")."""
    if "#" not in raw:
        return ()
    out: list[str] = []
    for part in raw.split("#", 1)[1].split(","):
        m = re.match(r"\s*([A-Z][A-Z_-]*)\b", part)
        if m is None:
            continue
        verb = block_verb(m.group(1).lower().split("_")[0], lemmas, forms)
        if verb and verb not in out:
            out.append(verb)
    return tuple(out)


# -- CAMEO -> PLOVER ------------------------------------------------------------


def load_plover_modes(out_dir: Path) -> dict[str, set[str]]:
    modes: dict[str, set[str]] = {}
    for line in (out_dir / "plover_modes.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cat, mode = line.split("\t")[:2]
        modes.setdefault(cat, set()).add(mode.strip())
    return modes


#: Codes where the PLOVER manual's own text wins over CAMEO2PLOVER-2021, as in event_triggers.tsv
#: (its header): CAMEO 163 "Impose embargo, boycott, or sanctions" is the manual's SANCTION
#: (tab:sanctionmode, "discontinue"), which CAMEO2PLOVER lists as COERCE restrict. CAMEO 176
#: "Attack cybernetically", which CAMEO2PLOVER leaves out (so "hacked the ministry's computers"
#: coded nothing), is the manual's COERCE mode "cyber" ("cyber attacks and crime, including
#: hacking, security breaches, website attacks"; e66, stop 43).
MANUAL_OVERRIDES = {"163": ("SANCTION", "discontinue"), "176": ("COERCE", "cyber")}


def load_cameo2plover(path: Path, modes: dict[str, set[str]]) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER category, mode or '-'); modes the manual's tables lack become '-';
    :data:`MANUAL_OVERRIDES` replace their rows."""
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if not m:
            continue
        code, cat, mode = m.group(1), m.group(2), m.group(3).strip()
        mode = mode if mode in modes.get(cat, set()) else "-"
        table.setdefault(code, (cat, mode))
    table.update(MANUAL_OVERRIDES)
    return table


def plover_of(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """PLOVER (category, mode) of a CAMEO code, walking up to its parent code.

    CAMEO 01 (public statements) has no PLOVER category; CAMEO 02 (appeals)
    is REQUEST (the manual: SUPPORT "is distinct from the CAMEO APPEAL
    category, where the actor simply requested support").
    """
    c = code
    while len(c) >= 3:
        if c in table:
            return table[c]
        c = c[:-1]
    if code.startswith("02"):
        return ("REQUEST", "-")
    return None


# -- verb patterns --------------------------------------------------------------


def read_synsets(lines: list[str]) -> dict[str, list[list[str]]]:
    sets: dict[str, list[list[str]]] = {}
    name = None
    for raw in lines:
        line = strip_comment(raw).strip()
        if line.startswith("####### VERB PATTERNS"):
            break
        if line.startswith("&"):
            name = line.split()[0]
            sets[name] = []
        elif line.startswith("+") and name:
            ws = words_of(line.split()[0])
            if ws:
                sets[name].extend(w for w in with_british([ws]) if w not in sets[name])
        elif not line:
            continue
    return sets


#: British spellings of the American-spelled head nouns of CAMEO.2.0 patterns and synonym sets
#: (wire copy from London writes "in favour of", "defence", "centre"): each is added as one more
#: alternative of its American form, so a pattern matches either spelling.
BRITISH = {
    "armor": "armour", "authorization": "authorisation", "center": "centre", "defense": "defence",
    "demobilization": "demobilisation", "democratization": "democratisation", "favor": "favour",
    "honor": "honour", "license": "licence", "misdemeanor": "misdemeanour", "offense": "offence",
    "program": "programme", "recognize": "recognise", "theater": "theatre",
}


def with_british(alts: list[list[str]]) -> list[list[str]]:
    """``alts`` and, for each whose head word has a British spelling, that spelling too."""
    out = list(alts)
    for ws in alts:
        if ws and ws[-1] in BRITISH:
            uk = [*ws[:-1], BRITISH[ws[-1]]]
            if uk not in out:
                out.append(uk)
    return out


def expand(token: str, sets: dict[str, list[list[str]]]) -> list[list[str]]:
    """One pattern word -> its alternatives.

    A synonym set stays a reference ("&weapon"; its members are in
    cameo_synsets.tsv and expanded when the lexicon is loaded), which keeps
    the pattern file small: the currency and weapon sets alone have
    hundreds of members.
    """
    if "/" in token:
        # "FAVOUR/FAVOR", "ATTACK/BOMBING/RAID/STRIKE": alternatives written in one word
        return [alt for part in token.split("/") if part for alt in expand(part, sets)]
    if token.startswith("&"):
        return [[token.lower()]] if token in sets else []
    return with_british([words_of(token)]) if words_of(token) else []


def parse_pattern(body: str) -> tuple[list[str], list[str]]:
    """'- &MILITARY * (TO +) &STRONGHOLD' -> (pre tokens, post tokens) with {..} and (..) kept as groups."""
    pre, _star, post = body.partition("*")

    def toks(s: str) -> list[str]:
        return re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", s)

    return toks(pre), toks(post)


def _multiword(tok: str) -> bool:
    """A pattern word that stands for more than its head: "{MOCK TARGET}", "COAST_GUARD"."""
    return len(tok.strip("{}()").replace("_", " ").split()) > 1


#: Words a pattern may put right before its verb that modify the verb instead of naming its
#: subject: articles and auxiliaries ("- WILL *", "- ... ON_THE *", "- + BEEN *"); and any -ly adverb.
VERB_MODIFIERS = {"the", "a", "an", "will", "would", "shall", "been", "be", "not", "from", "out", "to", "has", "have", "had"}


def _verb_modifier(word: str) -> bool:
    """A pre-verb pattern word that modifies the verb ("strongly", "will"), not a subject noun."""
    w = word.lower()
    return w in VERB_MODIFIERS or (w.endswith("ly") and len(w) > 4)


def components(pre: list[str], post: list[str], sets: dict[str, list[list[str]]]):
    """Yield (subject, particle, object, prep, prep_object, cut) alternatives of one pattern.

    Only the first object noun phrase and the first prepositional phrase
    are kept -- enough to settle a verb's sense ("dismiss" + "allegation",
    "strike" + "deal", "push back" + nothing) -- and a noun phrase is
    represented by its head (last word), which is what the parse gives.
    ``cut``: words of the pattern were dropped on the way ("{MOCK TARGET}" kept
    as "target", a second object or phrase left out), so the row matches more
    than the pattern did; :func:`resolve_collisions` ranks it below exact rows.
    """
    cut = False
    modifier_only = False
    subj_alts: list[str] = [""]
    for j, tok in enumerate(reversed(pre)):
        if tok in ACTOR_MARKS or tok.startswith("("):
            continue
        inner = tok.strip("{}")
        head = inner.split()[-1] if inner.split() else ""
        if head and head not in ACTOR_MARKS:
            alts = sorted({ws[-1] for ws in expand(head, sets)}) or [""]
            if any(_verb_modifier(a) for a in alts):
                # "- WILL *", "- STRONGLY * ATTACK", "- &MILITARY ON_THE *": a word the pattern
                # wants right before the verb that modifies it, not its subject; the matcher has
                # no such test, and as a subject "the" would match any "The ..." subject
                modifier_only = True
                break
            subj_alts = alts
            cut = _multiword(tok) or any(w not in ACTOR_MARKS and not w.startswith("(") for w in list(reversed(pre))[j + 1 :])
        break
    particle = ""
    obj_alts: list[str] = [""]
    prep, pobj_alts = "", [""]
    seen_obj = False
    for k, tok in enumerate(post):
        if tok in ACTOR_MARKS:
            continue
        if tok.startswith("("):
            if prep:
                cut = True  # a second prepositional phrase
                continue
            inner = [w for w in tok.strip("()").split() if w not in ACTOR_MARKS]
            if not inner:
                continue
            prep = inner[0].lower().replace("_", " ")  # "by/with": alternatives, split when rows are written
            rest = inner[1:]
            cut = cut or len(rest) > 1 or any(_multiword(w) for w in rest)
            if rest:
                head = rest[-1].strip("{}")
                if rest[-1].endswith("}"):
                    head = " ".join(rest).strip("{}").split()[-1]
                pobj_alts = sorted({singular(ws[-1]) for ws in expand(head, sets)}) or [""]
            continue
        if seen_obj:
            cut = True  # a word after the object ("- * TARGET SITE", a second object)
            continue
        if tok.startswith("{"):
            inner = tok.strip("{}").split()
            if not inner:
                continue
            obj_alts = sorted({singular(ws[-1]) for ws in expand(inner[-1], sets)}) or [""]
            seen_obj = True
            cut = cut or len(inner) > 1
            continue
        low = tok.lower()
        if not particle and not seen_obj and k == 0 and low in PARTICLES and len(post) >= 1:
            particle = low
            continue
        alts = expand(tok, sets)
        if alts:
            obj_alts = sorted({singular(ws[-1]) for ws in alts})
            seen_obj = True
            cut = cut or _multiword(tok)
    if modifier_only:
        return  # left out: without its modifier the pattern would match far more than it was written for
    for s in subj_alts:
        for o in obj_alts:
            for pr in prep.split("/") if prep else [""]:
                for po in pobj_alts:
                    yield s, particle, o, pr, po, cut


def resolve_collisions(found: dict[tuple[str, ...], list[tuple[bool, int, str, str, str]]]) -> tuple[set[tuple[str, ...]], int]:
    """One code per pattern key (block, subject, particle, object, prep, prep_object).

    Cut to head nouns, different CAMEO patterns can become the same row ("- * {MOCK TARGET}
    [150]" and "- * TARGETS [195]" are both "physical_conflict / target"), and the loader
    (:mod:`newsmodel.extractors.cameo`) would take whichever sorts first. Per key: rows whose
    pattern lost no words win over cut ones; among the winners, rows that agree on the PLOVER
    category and mode are one reading (the first in the dictionary's order is kept); if the
    winners disagree, an exact pattern keeps PETRARCH's order (its first listed), while cut
    rows, whose head noun alone cannot tell the readings apart, are all dropped -- the verb's
    default code then stands. ``found`` maps a key to (cut, line number, code, category, mode).
    Returns the rows and the number of keys dropped.
    """
    out: set[tuple[str, ...]] = set()
    dropped = 0
    for key, rows_ in found.items():
        exact = [r for r in rows_ if not r[0]]
        best = sorted(exact or rows_, key=lambda r: r[1])
        if len({(r[3], r[4]) for r in best}) > 1 and not exact:
            dropped += 1
            continue
        _cut, _line, code, cat, mode = best[0]
        *args, verb = key
        out.add((*args, code, cat, mode, verb))
    return out, dropped


#: The CAMEO code of a block of verbs of saying ("---  EXPLAIN_VERBAL [010] ---": say, state, tell,
#: report, comment ...): "make a public statement". See :func:`written_for`.
STATEMENT_CODE = "010"


def written_for(named: tuple[str, ...], subject: str, obj: str, pobj: str, category: str, block_code: str,
                verb_categories: dict[str, set[str]]) -> tuple[str, ...]:
    """The verbs a pattern row is written for: ("",) = every verb of its block.

    A pattern that names an object noun (``obj``, or ``pobj`` after its preposition) reaches the
    block's synonyms: the noun settles the sense ("strike/hammer out a deal"). One that names no
    object is the act of the verbs its comment names (PETRARCH2 rewrote the dictionary so that
    every pattern matches exactly one verb): a bare particle or preposition is that verb's idiom,
    and a subject alone cannot make a sibling verb name an act it does not name itself -- "troops
    rushed" is a deployment, "troops raced across the finish line" none; "tensions surfaced" was
    CAMEO's accusation, "tensions rose" no act. A subject can confirm a verb's own act, though:
    it also reaches the verbs of the block whose own code (``verb_categories``: lemma -> PLOVER
    categories of its entries) is of the pattern's PLOVER ``category`` ("&WEAPON *", written for
    "battle", is the assault "hit" and "attack" name too: "missiles hit the block"). Two
    exceptions keep the block's reading: a comment that names no verb of the block, and a subject
    in a block of verbs of saying (:data:`STATEMENT_CODE`), whose verbs differ only in the manner
    of saying, so that the speaker a pattern names ("CRITICS *", written for "report") reads the
    same with "say".
    """
    if obj or pobj or not named or (subject and block_code == STATEMENT_CODE):
        return ("",)
    if not subject or category == "-":
        return named
    confirmed = [v for v, cats in verb_categories.items() if cats == {category}]
    if len(confirmed) == len(verb_categories):
        return ("",)  # every verb of the block names the pattern's act
    return tuple(dict.fromkeys([*named, *sorted(confirmed)]))


def convert_verbs(ref: Path, table: dict[str, tuple[str, str]], out_dir: Path) -> tuple[int, int]:
    lines = (ref / "petrarch" / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    sets = read_synsets(lines)
    start = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    stop = next((i for i, l in enumerate(lines) if l.startswith("######## TRANSFORMATIONS")), len(lines))
    verbs: dict[tuple[str, str], tuple[str, str]] = {}
    found: dict[tuple[str, ...], list[tuple[bool, int, str, str, str]]] = {}
    block, block_code = "", "---"
    members: set[str] = set()  # the verbs of the current block (lemmas)
    forms: dict[str, str] = {}  # their inflected forms -> lemma
    verb_categories: dict[str, set[str]] = {}  # their lemmas -> the PLOVER categories of their entries
    undefined = 0  # patterns left out for an undefined synonym set

    def mapped(code: str) -> tuple[str, str]:
        if code == "---":
            return "-", "-"
        hit = plover_of(code, table)
        return hit if hit else ("-", "-")

    for number, raw in enumerate(lines[start + 1 : stop]):
        line = strip_comment(raw).strip()
        if not line:
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---", line)
        if m:
            block, block_code = m.group(1).lower(), m.group(2).split(":")[0].strip() or "---"
            members, forms, verb_categories = set(), {}, {}
            continue
        if line.startswith("-"):
            cm = re.search(r"\[([^\]]*)\]", line)
            if not cm:
                continue
            code = cm.group(1).split(":")[0].strip() or "---"
            body = line[1 : cm.start()].strip()
            if any(w not in sets for w in re.findall(r"&[A-Z_]+", body)):
                # a synonym set the dictionary never defines (&WEATHER, &DEMONSTRATION, &FIGHT_CRIM,
                # &FIGHT_GAMES): the pattern cannot be matched as written, and with the set left out
                # it matched every phrase of its shape ("HURT * (IN &WEATHER) [---]" read "wounded a
                # journalist in the old city" as no event; lead, stop 45)
                undefined += 1
                continue
            pre, post = parse_pattern(body)
            named = pattern_verbs(raw, members, forms)
            for s, p, o, pr, po, cut in components(pre, post, sets):
                if not (s or p or o or pr):
                    continue
                cat, mode = mapped(code)
                # an object carries its sense to the block's synonyms ("launch missiles at" is "fire
                # missiles at"); without one the verb says what the act is, so a bare particle or
                # preposition, or a subject alone ("TENSIONS *", written for "surface"; "&MILITARY *",
                # written for "rush"), is the named verbs' own: :func:`written_for`
                for verb in written_for(named, s, o, po, cat, block_code, verb_categories):
                    found.setdefault((block, s, p, o, pr, po, verb), []).append((cut, number, code, cat, mode))
            continue
        # a verb line: "ASK [020]", "+ASK_FOR {+ASKED_FOR ...} [020]", "SPEED {SPED ...}"
        cm = re.search(r"\[([^\]]*)\]", line)
        code = cm.group(1).split(":")[0].strip() if cm else block_code
        head = line.split()[0]
        ws = words_of(head)
        if not ws or not block:
            continue
        lemma, particle = ws[0], " ".join(ws[1:])
        if lemma == "re" or not lemma.isalpha() and "-" not in lemma:
            continue
        members.add(lemma)
        for form in verb_forms(line, lemma) - {lemma}:
            forms.setdefault(form, lemma)
        cat, mode = mapped(code or "---")
        verbs.setdefault((lemma, particle), (block, code or "---", cat, mode))
        verb_categories.setdefault(lemma, set()).add(verbs[(lemma, particle)][2])

    patterns, dropped = resolve_collisions(found)
    print(f"cameo_patterns.tsv: {sum(len(v) > 1 and len({r[2] for r in v}) > 1 for v in found.values())} keys with several codes, {dropped} dropped as ambiguous, {undefined} patterns left out for an undefined synonym set")
    with open(out_dir / "cameo_verbs.tsv", "w", encoding="utf-8") as f:
        f.write("# cameo_verbs.tsv -- verbs of the CAMEO verb dictionary, each with its verb block and default code.\n")
        f.write(HEADER_SOURCE)
        f.write("#   Input: petrarch/CAMEO.2.0.txt (verb blocks '---  NAME [code]  ---'); CAMEO codes mapped to PLOVER\n")
        f.write("#   with CAMEO2PLOVER-2021.txt (PLOVER Draft 0.8), a code without a row taking its parent's;\n")
        f.write("#   CAMEO 01x (public statements) has no PLOVER category ('-'), 02x (appeals) is REQUEST.\n")
        f.write("# Format: lemma<TAB>particle<TAB>block<TAB>cameo<TAB>plover<TAB>mode\n")
        f.write("#   particle: '' or the second word of a phrasal verb ('call off'); block: the verb's block, whose\n")
        f.write("#   patterns (cameo_patterns.tsv) apply to it; cameo '---' = no default event.\n")
        for (lemma, particle), (blk, code, cat, mode) in sorted(verbs.items()):
            f.write(f"{lemma}\t{particle}\t{blk}\t{code}\t{cat}\t{mode}\n")
    with open(out_dir / "cameo_synsets.tsv", "w", encoding="utf-8") as f:
        f.write("# cameo_synsets.tsv -- synonym sets of the CAMEO verb dictionary (&NAME -> member head nouns).\n")
        f.write(HEADER_SOURCE)
        f.write("#   Input: petrarch/CAMEO.2.0.txt, section SYNONYM SETS; a multi-word member is kept as its head\n")
        f.write("#   (last) word, singularised, as the parse gives heads. cameo_patterns.tsv refers to sets by name.\n")
        f.write("# Format: &name<TAB>member\n")
        for name, members in sorted(sets.items()):
            for m in sorted({singular(ws[-1]) for ws in members}):
                f.write(f"{name.lower()}\t{m}\n")
    with open(out_dir / "cameo_patterns.tsv", "w", encoding="utf-8") as f:
        f.write("# cameo_patterns.tsv -- CAMEO verb patterns: verb block + argument constraints -> CAMEO / PLOVER code.\n")
        f.write(HEADER_SOURCE)
        f.write("#   Input: petrarch/CAMEO.2.0.txt pattern lines ('- &MILITARY * (TO +) &STRONGHOLD [154]');\n")
        f.write("#   synonym sets (&name) refer to cameo_synsets.tsv; a noun phrase is kept as its head noun, singularised; only\n")
        f.write("#   the first object and the first prepositional phrase of a pattern are kept. One row per argument\n")
        f.write("#   key: a pattern that lost no words beats one cut to its head (\"{MOCK TARGET}\" -> target); cut\n")
        f.write("#   patterns that disagree on PLOVER category for the same key are dropped (resolve_collisions).\n")
        f.write("# Format: block<TAB>subject<TAB>particle<TAB>object<TAB>prep<TAB>prep_object<TAB>cameo<TAB>plover<TAB>mode<TAB>verb\n")
        f.write("#   empty column = no constraint; cameo '---' = the verb names no event with these arguments;\n")
        f.write("#   verb: for a pattern with no object noun (a bare particle or preposition, or a subject alone), the verb of the\n")
        f.write("#   block it was written for when the dictionary's comment names one ('- * OFF [046]  # KICK': \"kick off\", not\n")
        f.write("#   \"fight off\"; '- TENSIONS * [112]  # SURFACE': not \"rise\"), one row per verb named; empty = every verb of the\n")
        f.write("#   block (also for a speaker in a block of verbs of saying, CAMEO 010: \"CRITICS *\" reads the same with \"say\").\n")
        for row in sorted(patterns):
            f.write("\t".join(row) + "\n")
    return len(verbs), len(patterns)


# -- agents ---------------------------------------------------------------------


def convert_agents(ref: Path, out_dir: Path) -> int:
    lines = (ref / "petrarch" / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    macros: dict[str, list[str]] = {}
    rows: dict[str, str] = {}
    for raw in lines:
        line = strip_comment(raw).strip()
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        cm = re.search(r"\[([^\]]*)\]", line)
        if not cm:
            continue
        code = cm.group(1).replace("~", "").strip()
        if not code:
            continue
        head = line[: line.find("{") if "{" in line[: cm.start()] else cm.start()].strip()
        plurals = re.findall(r"\{([^}]*)\}", line[: cm.start()])
        forms = [head] + (plurals[0].split() if plurals else [])
        expanded: list[str] = []
        for form in forms:
            mac = re.search(r"![A-Z]+!", form)
            if mac and mac.group(0) in macros:
                # PETRARCH joins a set's words to the stem: FISHER!PERSON! -> FISHERMAN, FISHERWOMEN;
                # MEDICAL_!PERSON! -> MEDICAL_MAN (its own underscore is the space)
                expanded += [form.replace(mac.group(0), w) for w in macros[mac.group(0)]]
            elif not mac:
                expanded.append(form)
        for form in expanded:
            if "SPOKES" in form.upper():
                # a spokesperson speaks for the actor named beside it ("a spokeswoman for Unilever"):
                # the statement and denial rules name that actor; as a generic agent of its own
                # the spokesperson would take the naming over
                continue
            ws = words_of(form)
            if not ws or len(ws) > 4 or any(not re.match(r"^[a-z][a-z.'-]*$", w) for w in ws):
                continue
            rows.setdefault(" ".join(ws), code)
    with open(out_dir / "agents.tsv", "w", encoding="utf-8") as f:
        f.write("# agents.tsv -- generic agents (common nouns naming participants) -> CAMEO sector code.\n")
        f.write(HEADER_SOURCE)
        f.write("#   Input: petrarch/Phoenix.agents.txt ('GUNMAN {} [~UAF]'); substitution sets (!PERSON!) expanded,\n")
        f.write("#   listed irregular plurals kept as rows; regular plurals are left to the lemmatiser.\n")
        f.write("#   Codes: GOV government, MIL military, COP police, REB rebels, UAF armed gunmen, OPP opposition,\n")
        f.write("#   CVL civilians, BUS business, JUD judiciary, LEG legislature, MED media, IGO international, ...\n")
        f.write("# Format: phrase<TAB>code   (phrase: lower-case words, space-separated, at most four)\n")
        for phrase, code in sorted(rows.items()):
            f.write(f"{phrase}\t{code}\n")
    return len(rows)


# -- named actors -----------------------------------------------------------------


def convert_actors(ref: Path, out_dir: Path) -> int:
    """One row per alias: alias -> canonical name, codes with date ranges.

    Country files list places under their country ("+KABUL_" under
    AFGHANISTAN); those aliases are kept (the code says which country) but
    only as aliases, never as a block's name, so callers can keep them as
    locations rather than country actors.
    """
    out: list[tuple[str, str, str, str]] = []
    seen: set[str] = set()
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        lines = (ref / "petrarch" / name).read_text(encoding="utf-8", errors="replace").splitlines()
        source = name.split(".")[1].lower()
        block: list[str] = []
        codes: list[str] = []

        def flush() -> None:
            if not block or not codes:
                return
            canonical = " ".join(words_of(block[0]))
            # compact: the default code and the open-ended (current) ranges; closed historical
            # ranges would triple the file for little use in current news
            current = [c for c in codes if "@" not in c or "@>" in c] or codes[-1:]
            code_text = ";".join(dict.fromkeys(current))
            aliases = [" ".join(words_of(a)) for a in block[1:] if 0 < len(words_of(a)) <= 6]
            aliases = [a for a in dict.fromkeys(aliases) if a != canonical and a not in seen]
            seen.update(aliases)
            if canonical and canonical not in seen:
                seen.add(canonical)
                out.append((canonical, code_text, source, "|".join(aliases)))

        for raw in lines:
            line = "".join(ch for ch in strip_comment(raw).rstrip() if ch == "\t" or ch.isprintable())
            if not line.strip():
                continue
            inline = re.findall(r"\[([^\]]*)\]", line)
            text = re.sub(r"\[[^\]]*\]", "", line).strip()
            if text and not text.startswith("+") and not line.startswith(("\t", " ")):
                flush()
                block, codes = [text.split()[0]], []
            elif text.startswith("+"):
                block.append(text.split()[0])
            for c in inline:
                parts = c.split()
                if not parts:
                    continue
                code = parts[0].replace("~", "")
                dates = " ".join(parts[1:]).replace(" ", "")
                codes.append(f"{code}@{dates}" if dates else code)
        flush()
    with open(out_dir / "named_actors.tsv", "w", encoding="utf-8") as f:
        f.write("# named_actors.tsv -- named actors (people, organisations, countries) -> CAMEO actor codes.\n")
        f.write(HEADER_SOURCE)
        f.write("#   Input: petrarch/Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,\n")
        f.write("#   Phoenix.MilNonState.actors.txt. One row per dictionary block (an alias already listed is dropped).\n")
        f.write("# Format: name<TAB>codes<TAB>source<TAB>aliases   (names lower-case; aliases '|'-separated)\n")
        f.write("#   codes: ';'-separated CODE (the default) or CODE@>YYMMDD (in force from that date on, as in the\n")
        f.write("#   dictionary); closed historical ranges are left out to keep the file small; source: countries | international |\n")
        f.write("#   milnonstate. Country blocks list cities and provinces as aliases (KABUL under AFGHANISTAN):\n")
        f.write("#   an alias of a country code may name a place, not the country's government.\n")
        for row in out:
            f.write("\t".join(row) + "\n")
    return len(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref", type=Path, default=ROOT.parent / "shared" / "ref")
    ap.add_argument("--out", type=Path, default=ROOT / "newsmodel" / "lexicons")
    args = ap.parse_args()
    modes = load_plover_modes(args.out)
    table = load_cameo2plover(args.ref / "CAMEO2PLOVER-2021.txt", modes)
    nv, npat = convert_verbs(args.ref, table, args.out)
    na = convert_agents(args.ref, args.out)
    nn = convert_actors(args.ref, args.out)
    print(f"cameo_verbs.tsv: {nv} verbs; cameo_patterns.tsv: {npat} patterns; agents.tsv: {na}; named_actors.tsv: {nn}")


if __name__ == "__main__":
    main()
