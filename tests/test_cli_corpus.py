"""``newsmodel extract`` on a corpus: directories, JSONL records, jobs, errors, resume, tables."""

from __future__ import annotations

import dataclasses
import json

import pytest
from click.testing import CliRunner

import newsmodel
from newsmodel.cli import main

GOOD = "“Plan {} is ready,” Maria Lopez said on Monday."


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """DIR with nested *.txt files (two share a name), one binary file, and records.jsonl with bad records."""
    monkeypatch.chdir(tmp_path)
    for i, name in enumerate(["x/a.txt", "y/a.txt", "y/z/b.txt", "c.txt"]):
        path = tmp_path / "DIR" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(GOOD.format(i), encoding="utf-8")
    (tmp_path / "DIR" / "notes.md").write_text("not a .txt file", encoding="utf-8")
    (tmp_path / "DIR" / "y" / "bin.txt").write_bytes(b"\x00\x01binary")
    records = [
        {"id": "r1", "text": "The Kremlin denied reports that troops had crossed the border.", "published": "2025-06-24"},
        {"text": GOOD.format("no id"), "source": "BM", "url": "https://x.test/1", "language": "en"},
        "not json",
        {"id": "r4", "text": 5},
        {"id": "r5"},
        {"id": "r6", "text": GOOD.format(6), "title": "Six"},
    ]
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    (tmp_path / "records.jsonl").write_text("\n".join(lines[:2]) + "\n\n" + "\n".join(lines[2:]) + "\n", encoding="utf-8")
    return tmp_path


GOOD_IDS = ["x/a.txt", "y/a.txt", "y/z/b.txt", "c.txt", "r1", "records.jsonl:2", "r6"]


def ids(path) -> list[str]:
    return [newsmodel.Article.model_validate_json(line).id for line in path.read_text(encoding="utf-8").splitlines()]


def test_directory_and_records_with_jobs_errors_and_resume(corpus):
    res = run("extract", "DIR", "records.jsonl", "--jobs", "2", "-o", "out.jsonl", "--errors", "err.jsonl")
    assert res.exit_code == 1  # some inputs failed
    assert sorted(ids(corpus / "out.jsonl")) == sorted(GOOD_IDS)
    errors = [json.loads(line) for line in (corpus / "err.jsonl").read_text().splitlines()]
    assert {(e["path"], e.get("line"), e["id"], e["error"]) for e in errors} == {
        ("DIR/y/bin.txt", None, None, "InputError"),
        ("records.jsonl", 4, None, "InputError"),
        ("records.jsonl", 5, "r4", "TypeError"),
        ("records.jsonl", 6, "r5", "ValueError"),
    }
    assert all(e["message"] for e in errors)
    r1 = next(a for a in map(newsmodel.Article.model_validate_json, (corpus / "out.jsonl").read_text().splitlines()) if a.id == "r1")
    assert str(r1.published) == "2025-06-24"

    # resume after a killed run: the last article lost, the one before cut mid-line
    lines = (corpus / "out.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (corpus / "out.jsonl").write_text("".join(lines[:-2]) + lines[-2][:40], encoding="utf-8")
    res = run("extract", "DIR", "records.jsonl", "--jobs", "2", "-o", "out.jsonl", "--errors", "err.jsonl", "--resume")
    assert res.exit_code == 1  # the bad inputs are retried and still fail
    resumed = ids(corpus / "out.jsonl")
    assert sorted(resumed) == sorted(GOOD_IDS) and len(set(resumed)) == len(resumed)
    assert "already in out.jsonl" in res.stderr
    assert len((corpus / "err.jsonl").read_text().splitlines()) == 4


def test_serial_and_two_jobs_write_the_same_lines(corpus):
    assert run("extract", "DIR", "records.jsonl", "-o", "one.jsonl").exit_code == 1
    assert run("extract", "DIR", "records.jsonl", "-j", "2", "-o", "two.jsonl").exit_code == 1
    assert (corpus / "one.jsonl").read_text() == (corpus / "two.jsonl").read_text()


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tables_written_to_a_directory(corpus, fmt):
    pd = pytest.importorskip("pandas")
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    res = run("extract", "DIR", "records.jsonl", "--format", fmt, "-o", "tables")
    assert res.exit_code == 1
    read = pd.read_parquet if fmt == "parquet" else pd.read_csv
    articles = read(corpus / "tables" / f"articles.{fmt}")
    assert sorted(articles.article_id) == sorted(GOOD_IDS)
    statements = read(corpus / "tables" / f"statements.{fmt}")
    assert set(statements.article_id) <= set(GOOD_IDS) and len(statements) >= 5


def test_all_good_inputs_exit_zero_and_stdin_uses_a_content_id(corpus):
    res = run("extract", "DIR/x", "DIR/c.txt", "--format", "jsonl")
    assert res.exit_code == 0 and [json.loads(l)["id"] for l in res.stdout.splitlines()] == ["a.txt", "DIR/c.txt"]
    res = run("extract", "-", "-o", "stdin.jsonl", input=GOOD.format(1))
    assert res.exit_code == 0 and ids(corpus / "stdin.jsonl") == [newsmodel.extract(GOOD.format(1)).id]


def test_max_chars_records_a_long_text_as_an_error(corpus):
    res = run("extract", "DIR/x", "records.jsonl", "--max-chars", "50", "-o", "out.jsonl", "--errors", "err.jsonl")
    assert res.exit_code == 1
    errors = [json.loads(line) for line in (corpus / "err.jsonl").read_text().splitlines()]
    assert {e["id"] for e in errors if e["error"] == "TextTooLongError"} == {"r1"}
    assert "r1" not in ids(corpus / "out.jsonl")


class _TaggingEngine:
    """An engine whose option shows up in provenance, to see --engine-option arrive."""

    @newsmodel.hookimpl
    def register_engines(self, register):
        def factory(tag="none"):
            class Tagging(newsmodel.Engine):
                def annotate(self, text):
                    doc = newsmodel.annotate(text, engine="rules")
                    return dataclasses.replace(doc, engine="tagging", engine_version=str(tag))

            return Tagging()

        register("tagging", factory, version="0")


def test_engine_options_reach_the_engine(corpus):
    with newsmodel.registered_plugin(_TaggingEngine(), name="tagging-engine"):
        res = run("extract", "DIR/c.txt", "-e", "tagging", "--engine-option", "tag=7", "--format", "json")
        assert res.exit_code == 0, res.output
        assert json.loads(res.stdout)["provenance"]["engine_version"] == "7"
        res = run("extract", "DIR/c.txt", "-e", "tagging", "--engine-option", "colour=red")
        assert res.exit_code == 2 and "could not start" in res.stderr
    assert run("extract", "DIR/c.txt", "--engine-option", "no-equals-sign").exit_code == 2


def test_usage_errors_are_one_line(corpus):
    for args, message in [
        (["DIR", "--resume"], "--resume needs -o"),
        (["DIR", "--format", "parquet"], "-o DIR"),
        (["DIR", "--jobs", "0"], "--jobs"),
        (["DIR", "--overlap"], "--overlap needs an engine that hands over its parses"),  # the rules engine does not
        (["DIR", "--overlap", "--jobs", "2"], "cannot be combined with --jobs"),
    ]:
        res = run("extract", *args)
        assert res.exit_code == 2 and message in res.stderr and "Traceback" not in res.output


def test_progress_bar_shows_rate(corpus):
    pytest.importorskip("tqdm")
    res = run("extract", "DIR", "--progress", "-o", "out.jsonl")
    assert "article/s" in res.stderr or "s/article" in res.stderr
