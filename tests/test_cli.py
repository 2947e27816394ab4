"""The command line: formats, stdin, and one-line errors without tracebacks."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsmodel.cli import main

from .conftest import SEED_TEXT


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_table_output_on_the_seed():
    res = run("extract", str(SEED_TEXT))
    assert res.exit_code == 0, res.output
    assert "Dmitry Peskov" in res.output and "Statements" in res.output


def test_jsonl_keeps_input_order_and_validates(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("x/doc0.txt", "y/doc0.txt", "doc2.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"“Item {name} is done,” Maria Lopez said.", encoding="utf-8")
    res = run("extract", "x/doc0.txt", str(tmp_path / "y/doc0.txt"), "doc2.txt", "--format", "jsonl")
    assert res.exit_code == 0
    import newsmodel

    arts = [newsmodel.Article.model_validate_json(line) for line in res.output.splitlines()]
    # ids are paths (relative to the working directory), so same-named files in two folders stay apart
    assert [a.id for a in arts] == ["x/doc0.txt", "y/doc0.txt", "doc2.txt"]


def test_stdin_and_json():
    res = run("extract", "-", "--format", "json", input="“Fine,” he said.")
    assert res.exit_code == 0
    import newsmodel

    assert json.loads(res.output)["id"] == newsmodel.extract("“Fine,” he said.").id  # from the content


def test_bad_files_are_named_and_the_rest_still_processed(tmp_path):
    binary = tmp_path / "a.bin"
    binary.write_bytes(b"\x00\x01\x02binary")
    latin = tmp_path / "b.txt"
    latin.write_bytes("Caf\xe9 said".encode("latin-1"))
    good = tmp_path / "c.txt"
    good.write_text("Maria Lopez said the vote was fair.", encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(binary), str(latin), str(tmp_path / "missing.txt"), str(good), "--format", "jsonl"])
    assert res.exit_code == 1
    assert "Traceback" not in res.output
    assert "a.bin: looks like a binary file" in res.stderr
    assert "b.txt: not valid UTF-8" in res.stderr
    assert "missing.txt: no such file" in res.stderr
    assert len([l for l in res.stdout.splitlines() if l.startswith("{")]) == 1


def test_utf16_with_a_byte_order_mark_is_read_as_text(tmp_path):
    # Windows editors save "Unicode" text as UTF-16 with a BOM: its NUL bytes are no sign of binary
    text = "“The vote was fair,” Maria Lopez said.\r\nShe spoke in Lyon."
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.txt"
        bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
        path.write_bytes(bom + text.encode(codec))
        res = CliRunner().invoke(main, ["extract", str(path), "--format", "json"])
        assert res.exit_code == 0, res.output
        article = json.loads(res.stdout)
        assert article["text"] == text.replace("\r\n", "\n")
        assert article["statements"], "the quote is found in the decoded text"
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate half
    res = CliRunner().invoke(main, ["extract", str(broken), "--format", "json"])
    assert res.exit_code == 1
    assert "broken.txt: starts with a UTF-16 byte-order mark but is not valid UTF-16" in res.stderr
    assert "Traceback" not in res.output


def test_unknown_engine_is_one_line():
    res = run("extract", str(SEED_TEXT), "--engine", "nope")
    assert res.exit_code == 2
    assert "unknown engine 'nope'" in res.output and "rules" in res.output
    assert "Traceback" not in res.output


def test_empty_file_gives_an_empty_article(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("", encoding="utf-8")
    res = run("extract", str(p), "--format", "json")
    assert res.exit_code == 0 and json.loads(res.output)["statements"] == []


def test_schema_and_plugins_commands():
    res = run("schema")
    assert res.exit_code == 0 and "Statement" in json.loads(res.output)["$defs"]
    res = run("plugins")
    assert res.exit_code == 0 and "rules" in res.output
