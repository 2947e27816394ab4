"""No publisher's text in the repository.

PolNeAR has no licence: its articles belong to their publishers.  The project
reads them in place from ``../shared/data/polnear`` and must never copy them
into tests, docs, comments or lexicons.  This test compares every tracked file
(except ``seeds/``, our own hand-written text) with every PolNeAR text and fails
when a file shares ``MIN_SHARED_RUNS`` or more distinct runs of ``RUN_WORDS``
words with any one article.  One or two runs can be coincidence (stock phrases
such as a title and a name); three runs from the same article are a copy.  A
single unbroken stretch of ``LONG_RUN_WORDS`` words shared with one article is
a copy too: stock phrases do not run that long, and one copied sentence is one
too many (the 3-run rule alone let single copied sentences through at stop 30).

Words are compared lowercased, as runs of letters and digits, so quoting marks,
punctuation, line breaks, Python string concatenation and escape sequences
(``\\n``, ``\\u2019``) in source files do not hide a copied sentence.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
POLNEAR = REPO.parent / "shared" / "data" / "polnear"
SPLITS = ("train", "dev")
EXCLUDED_DIRS = ("seeds/",)
RUN_WORDS = 9
MIN_SHARED_RUNS = 3
LONG_RUN_WORDS = 12

_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[nrt])")
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """Lowercased word tokens, with source-code escapes read as a word break."""
    return _WORD.findall(_ESCAPE.sub(" ", text).lower())


def runs(text: str) -> set[str]:
    """Every distinct run of RUN_WORDS consecutive words, as one string."""
    toks = words(text)
    return {" ".join(toks[i : i + RUN_WORDS]) for i in range(len(toks) - RUN_WORDS + 1)}


def polnear_texts() -> list[Path]:
    return sorted(p for split in SPLITS for p in (POLNEAR / split / "text").glob("*.txt"))


def run_index(paths: list[Path]) -> dict[str, int | tuple[int, ...]]:
    """Run -> index of the article holding it (a tuple when several do).

    Built once; an int per run keeps the index small, since most runs occur in
    one article only.
    """
    index: dict[str, int | tuple[int, ...]] = {}
    for i, path in enumerate(paths):
        for run in runs(path.read_text(encoding="utf-8")):
            held = index.get(run)
            if held is None:
                index[run] = i
            elif isinstance(held, int):
                index[run] = (held, i)
            else:
                index[run] = held + (i,)
    return index


def tracked_files() -> list[Path]:
    out = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True, text=True
    ).stdout
    names = [n for n in out.split("\0") if n and not n.startswith(EXCLUDED_DIRS)]
    return [REPO / n for n in names if (REPO / n).is_file()]


def shared_runs(path: Path, index, articles: list[Path]) -> dict[str, list[str]]:
    """Article name -> runs of `path` it holds, for articles over the threshold."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return {}
    by_article: dict[int, set[str]] = defaultdict(set)
    long_run: set[int] = set()
    streak: dict[int, int] = {}  # article -> consecutive word positions it holds the run at
    toks = words(text)
    for pos in range(len(toks) - RUN_WORDS + 1):
        run = " ".join(toks[pos : pos + RUN_WORDS])
        held = index.get(run)
        holders = () if held is None else (held,) if isinstance(held, int) else held
        streak = {i: streak.get(i, 0) + 1 for i in holders}
        for i in holders:
            by_article[i].add(run)
            if streak[i] + RUN_WORDS - 1 >= LONG_RUN_WORDS:
                long_run.add(i)
    return {
        f"{articles[i].parent.parent.name}/{articles[i].name}": sorted(found)
        for i, found in by_article.items()
        if len(found) >= MIN_SHARED_RUNS or i in long_run
    }


@pytest.mark.skipif(
    not (POLNEAR / "dev" / "text").is_dir(),
    reason=f"PolNeAR not found at {POLNEAR} (shared data lives outside the repo)",
)
@pytest.mark.skipif(
    shutil.which("git") is None or not (REPO / ".git").exists(),
    reason="not a git checkout: the tracked files cannot be listed",
)
def test_no_tracked_file_copies_a_polnear_article():
    articles = polnear_texts()
    assert articles, f"no PolNeAR texts under {POLNEAR}"
    index = run_index(articles)
    offenders = {}
    for path in tracked_files():
        found = shared_runs(path, index, articles)
        if found:
            offenders[str(path.relative_to(REPO))] = found
    report = []
    for name, found in sorted(offenders.items()):
        total = sum(len(r) for r in found.values())
        report.append(f"{name}: {total} runs shared with {len(found)} PolNeAR article(s)")
        for article, found_runs in sorted(found.items()):
            report.append(f"  {article}:")
            report.extend(f"    {run}" for run in found_runs)
    assert not offenders, "publisher text copied into the repository:\n" + "\n".join(report)


def test_one_long_shared_stretch_is_flagged_but_a_short_one_is_not(tmp_path):
    """A single 12-word stretch from one article is a copy; one 9-word run is not."""
    article = tmp_path / "a.txt"
    article.write_text(
        "The harbour board met on a grey Tuesday and voted to keep the old ferry "
        "timetable for another winter season despite the complaints.",
        encoding="utf-8",
    )
    index = run_index([article])
    copied = tmp_path / "copied.py"
    copied.write_text('s = "voted to keep the old ferry timetable for another winter season"\n', encoding="utf-8")
    stock = tmp_path / "stock.py"
    stock.write_text('s = "we voted to keep the old ferry timetable for another year"\n', encoding="utf-8")
    assert list(shared_runs(copied, index, [article]).values()) != []
    assert shared_runs(stock, index, [article]) == {}


def test_runs_ignore_case_punctuation_and_escapes():
    """The normalisation the detector relies on, on our own text."""
    source = 'text = ("The Harbour Board said on\\nTuesday that the " "ferry\u2019s timetable will change.")'
    prose = "the harbour board said, on Tuesday, that THE ferry's timetable will change"
    assert runs(prose) <= runs(source)
    assert len(runs(prose)) == len(words(prose)) - RUN_WORDS + 1
