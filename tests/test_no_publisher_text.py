"""No publisher's text in the repository.

PolNeAR has no licence: its articles belong to their publishers.  The project
reads them in place from ``../shared/data/polnear`` and must never copy them
into tests, docs, comments or lexicons.  This test compares every tracked file
(except ``seeds/``, our own hand-written text) with every PolNeAR text and fails
when a file shares ``MIN_SHARED_RUNS`` or more distinct runs of ``RUN_WORDS``
words with any one article.  One or two runs can be coincidence (stock phrases
such as a title and a name); three runs from the same article are a copy.

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
    by_article: dict[int, list[str]] = defaultdict(list)
    for run in runs(text):
        held = index.get(run)
        if held is None:
            continue
        for i in (held,) if isinstance(held, int) else held:
            by_article[i].append(run)
    return {
        f"{articles[i].parent.parent.name}/{articles[i].name}": sorted(found)
        for i, found in by_article.items()
        if len(found) >= MIN_SHARED_RUNS
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


def test_runs_ignore_case_punctuation_and_escapes():
    """The normalisation the detector relies on, on our own text."""
    source = 'text = ("The Harbour Board said on\\nTuesday that the " "ferry\u2019s timetable will change.")'
    prose = "the harbour board said, on Tuesday, that THE ferry's timetable will change"
    assert runs(prose) <= runs(source)
    assert len(runs(prose)) == len(words(prose)) - RUN_WORDS + 1
