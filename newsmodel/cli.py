"""The ``newsmodel`` command line.

Every failure a user can cause (unknown engine, unreadable or binary file,
bad encoding, bad option) is one line on stderr and a non-zero exit, never
a traceback; in a batch the other files are still processed.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import deque
from pathlib import Path
from typing import Iterator

import click

from . import __version__
from .corpus import MAX_BYTES_DEFAULT, InputError, read_text  # noqa: F401 - re-exported for callers of the CLI module


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"newsmodel: error: {message}", err=True)
    sys.exit(code)


def _published_option(published: str | None) -> dt.date | None:
    """The ``--published`` option as a date; a malformed one is a usage error."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published)
    except ValueError:
        _fail(f"--published {published!r} is not a YYYY-MM-DD date")
        raise  # _fail exits; this line only tells type checkers so


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsmodel")
def main() -> None:
    """Turn news articles into typed, validated data."""


def _format_table(article) -> str:  # type: ignore[no-untyped-def]
    out: list[str] = []
    title = article.title or article.id
    out.append(f"== {title} ({len(article.text)} chars, engine {article.provenance.engine}) ==")
    out.append(f"Actors ({len(article.actors)})")
    for a in article.actors:
        extra = []
        if a.titles:
            extra.append("titles: " + ", ".join(a.titles))
        aff = article.actor(a.affiliation)
        if aff:
            extra.append(f"affiliation: {aff.name}")
        out.append(f"  {a.id:<5} {a.kind:<12} {a.name}  [{len(a.mentions)} mentions]" + ("  " + "; ".join(extra) if extra else ""))
    out.append(f"Statements ({len(article.statements)})")
    for s in article.statements:
        speaker = article.speaker_name(s) or "?"
        cue = s.cue.text if s.cue else "-"
        content = " … ".join(c.text for c in s.content)
        if len(content) > 100:
            content = content[:97] + "..."
        out.append(f"  {s.id:<5} {speaker} [{cue}, {s.kind}]: {content}")
    out.append(f"Denials ({len(article.denials)})")
    for d in article.denials:
        denier = article.actor(d.denier)
        out.append(f"  {d.id:<5} {denier.name if denier else '?'} [{d.cue.text}] denies: {d.denied.text if d.denied else '-'}")
    out.append(f"Events ({len(article.events)})")
    for e in article.events:
        names = lambda ids: ", ".join(article.actor(i).name for i in ids) or "-"  # noqa: E731
        when = f" {e.time.text}" if e.time else ""
        out.append(f"  {e.id:<5} {e.type}{'/' + e.mode if e.mode else ''} '{e.trigger.text}': {names(e.agents)} -> {names(e.targets)}{when} ({e.factuality})")
    return "\n".join(out)


def _engine_options(pairs: tuple[str, ...]) -> dict[str, object]:
    """``key=value`` pairs as engine options; a value that parses as JSON (``2``, ``true``) is taken as such."""
    options: dict[str, object] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            _fail(f"--engine-option {pair!r} is not key=value")
        try:
            options[key.strip()] = json.loads(value)
        except ValueError:
            options[key.strip()] = value
    return options


def _default_format(output: str | None) -> str:
    if output and output.endswith(".jsonl"):
        return "jsonl"
    if output and output.endswith(".json"):
        return "json"
    return "table"


class _Report:
    """Failed inputs: one line on stderr each, and one JSON line each in the --errors file."""

    def __init__(self, errors_path: str | None) -> None:
        from .corpus import LineWriter

        self.count = 0
        self._file = LineWriter(errors_path) if errors_path else None

    def failed(self, inp, error: str, message: str) -> None:  # type: ignore[no-untyped-def]
        self.count += 1
        click.echo(f"newsmodel: error: {inp.label}: {error}: {message}" if error != "InputError" else f"newsmodel: error: {message}", err=True)
        if self._file is not None:
            row = {"index": inp.index, "id": inp.id, "error": error, "message": message, "path": inp.path}
            if inp.line is not None:
                row["line"] = inp.line
            self._file.write(json.dumps(row, ensure_ascii=False))

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


def _progress_bar(show: bool | None, paths: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """A tqdm bar (rate and ETA) on stderr, or None; shown by default when stderr is a terminal."""
    if show is False or (show is None and not sys.stderr.isatty()):
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        if show:
            click.echo("newsmodel: warning: --progress needs tqdm: pip install 'newsmodel[progress]'", err=True)
        return None
    from .corpus import count_inputs

    return tqdm(total=count_inputs(paths), unit="article", desc="extracting", file=sys.stderr, dynamic_ncols=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--engine", "-e", default="rules", show_default=True, help="Engine name (see `newsmodel plugins`).")
@click.option("--engine-option", "engine_option", multiple=True, metavar="KEY=VALUE",
              help="Option for the engine (repeatable); VALUE is read as JSON when it parses, else as a string.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "parquet", "csv"]), default=None,
              help="Output format [default: jsonl when -o ends in .jsonl, json for .json, else table]. "
                   "parquet and csv write one file per table into the -o directory.")
@click.option("-o", "--output", type=click.Path(writable=True), help="Write here instead of stdout (a directory for parquet/csv).")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, writable=True),
              help="Write one JSON line per failed input (index, id, error, message, path, line).")
@click.option("--resume", is_flag=True, help="With -o FILE.jsonl: skip inputs whose id is already in FILE and append the rest.")
@click.option("--jobs", "-j", type=click.IntRange(min=-1), default=1, show_default=True, help="Worker processes (-1: one per core).")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True, help="Inputs per engine batch.")
@click.option("--overlap", is_flag=True,
              help="Parse here while one worker process extracts the batch before, on a second core (same output; "
                   "needs an engine that hands over its parses, e.g. spacy; not with --jobs).")
@click.option("--max-chars", type=click.IntRange(min=0), default=None, help="Treat a longer text as a failed input.")
@click.option("--title", help="Article title (single input only).")
@click.option("--published", help="Publication date, YYYY-MM-DD, for inputs without one (resolves relative dates).")
@click.option("--max-bytes", type=int, default=MAX_BYTES_DEFAULT, show_default=True, help="Refuse larger files.")
@click.option("--progress/--no-progress", default=None, help="Progress bar with rate and ETA on stderr (default: when stderr is a terminal).")
def extract(paths: tuple[str, ...], engine: str, engine_option: tuple[str, ...], fmt: str | None, output: str | None,
            errors_path: str | None, resume: bool, jobs: int, batch_size: int, overlap: bool, max_chars: int | None,
            title: str | None, published: str | None, max_bytes: int, progress: bool | None) -> None:
    """Extract actors, statements, denials and events from PATHS.

    A PATH is a text file, a directory (every *.txt under it, recursively), a
    .jsonl file of records ({"text": ..., optional "id", "title", "source",
    "url", "published", "language"}) or '-' for stdin.  Ids are the path
    relative to the directory given, the record's id (else FILE:LINE), or a
    hash of the text.  One failed input costs only itself; the exit status is
    1 when any input failed, 2 for a usage error.
    """
    from . import pipeline, plugins
    from .corpus import LineWriter, completed_ids, iter_inputs
    from .errors import ExtractionError

    fmt = fmt or _default_format(output)
    options = _engine_options(engine_option)
    if jobs == 0:
        _fail("--jobs must be a positive number or -1")
    if overlap and jobs != 1:
        _fail("--overlap runs one parsing process and one worker; it cannot be combined with --jobs")
    if fmt in ("parquet", "csv") and not output:
        _fail(f"--format {fmt} writes a directory of tables: give it with -o DIR")
    if resume and (fmt != "jsonl" or not output):
        _fail("--resume needs -o FILE with JSONL output (--format jsonl or a .jsonl file name)")
    if title and len(paths) > 1:
        _fail("--title is for a single input")
    try:
        plugins.engine_info(engine)
    except plugins.UnknownEngineError as exc:
        _fail(str(exc))
    pub = _published_option(published)
    try:
        eng = pipeline.get_engine(engine, **options)
    except Exception as exc:  # noqa: BLE001 - engine set-up errors (missing model, bad option) are user errors
        _fail(f"engine {engine!r} could not start: {exc}")
    if overlap:
        from .overlap import hands_over_parses

        if not hands_over_parses(eng):
            _fail(f"--overlap needs an engine that hands over its parses (such as spacy); {engine!r} does not")

    done = completed_ids(output) if resume and output else set()
    report = _Report(errors_path)
    bar = _progress_bar(progress, paths)
    pending: deque = deque()  # inputs handed to extract_many, in order, to pair with its results
    skipped = 0

    def records() -> Iterator[dict]:
        nonlocal skipped
        for inp in iter_inputs(paths, max_bytes=max_bytes, published=pub, title=title):
            if inp.problem is not None:
                report.failed(inp, "InputError", inp.problem)
                if bar is not None:
                    bar.update(1)
            elif done and inp.id in done:
                skipped += 1
                if bar is not None:
                    bar.update(1)
            else:
                pending.append(inp)
                yield inp.record

    results = pipeline.extract_many(records(), engine=engine, engine_options=options, batch_size=batch_size,
                                    on_error="record", n_jobs=jobs, max_chars=max_chars, overlap=overlap)
    collected: list = []
    sink = None
    try:
        if fmt == "jsonl" and output:
            sink = LineWriter(output, append=resume)
        elif fmt in ("table", "jsonl", "json") and output:
            sink = open(output, "w", encoding="utf-8")  # noqa: SIM115
        write = sink.write if sink is not None else sys.stdout.write
        for result in results:
            inp = pending.popleft()
            if bar is not None:
                bar.update(1)
            if isinstance(result, ExtractionError):
                report.failed(inp, result.error, result.message)
            elif fmt == "jsonl":
                write(result.model_dump_json() + "\n")
            elif fmt == "table":
                write(_format_table(result) + "\n\n")
            else:
                collected.append(result)
        if fmt == "json":
            payload = [json.loads(a.model_dump_json()) for a in collected]
            write(json.dumps(payload[0] if len(paths) == 1 and len(payload) == 1 and not Path(paths[0]).is_dir()
                             and not paths[0].endswith(".jsonl") else payload, ensure_ascii=False, indent=2) + "\n")
        elif fmt in ("parquet", "csv"):
            from .tables import to_tables, write_tables

            try:
                write_tables(to_tables(collected), output, format=fmt)  # type: ignore[arg-type]
            except ImportError as exc:
                _fail(str(exc))
    finally:
        if sink is not None:
            sink.close()
        if bar is not None:
            bar.close()
        report.close()
    if skipped:
        click.echo(f"newsmodel: resumed: {skipped} input(s) already in {output}", err=True)
    if report.count:
        sys.exit(1)


@main.command()
@click.option("--indent", type=int, default=2, show_default=True)
def schema(indent: int) -> None:
    """Print the JSON Schema of an Article."""
    from .schema import Article

    click.echo(json.dumps(Article.model_json_schema(), indent=indent, ensure_ascii=False))


@main.command("plugins")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def list_plugins(as_json: bool) -> None:
    """List plugins, their distributions, and what they register."""
    import warnings

    from . import plugins as registry

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            infos = registry.list_plugins()
        except registry.PluginConflictError as exc:
            _fail(str(exc))
    for w in caught:
        click.echo(f"newsmodel: warning: {w.message}", err=True)
    extractors = registry.available_extractors()

    def needs(name: str) -> dict[str, object]:
        x = extractors[name]
        return {"name": name, "order": x.order, "requires": list(x.requires), "provides": list(x.provides)}

    if as_json:
        click.echo(json.dumps([{**info.__dict__, "extractor_needs": [needs(n) for n in info.extractors]} for info in infos], indent=2))
        return
    for info in infos:
        dist = f"{info.distribution} {info.version or ''}".strip() if info.distribution else "(registered at run time)"
        click.echo(f"{info.name}  [{dist}]")
        if info.engines:
            click.echo(f"    engines: {', '.join(info.engines)}")
        if info.extractors:
            click.echo(f"    extractors: {', '.join(info.extractors)}")
            for name in info.extractors:
                x = extractors[name]
                click.echo(
                    f"      {name}: order {x.order}; requires {', '.join(x.requires) or '-'}; "
                    f"provides {', '.join(x.provides) or '-'}"
                )


@main.command()
@click.argument("path", type=click.Path(exists=True))
@click.option("--engine", "-e", default="rules", show_default=True)
@click.option("--limit", type=int, help="Score only the first N documents (brat corpus).")
@click.option("--text", "text_path", type=click.Path(exists=True, dir_okay=False), help="Seed text (default: next to the gold file).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--denials", is_flag=True, help="Brat corpus: recall of denial-cue attributions as Denials.")
def evaluate(path: str, engine: str, limit: int | None, text_path: str | None, as_json: bool, denials: bool = False) -> None:
    """Score an engine on a brat corpus directory (PolNeAR layout) or a seed gold .json file."""
    from . import plugins
    from .evaluate import BratError, evaluate_corpus, evaluate_seed

    try:
        plugins.engine_info(engine)
        if Path(path).is_dir() and denials:
            from .evaluate.denials import evaluate_denials

            report = evaluate_denials(path, engine=engine, limit=limit)
        elif Path(path).is_dir():
            report = evaluate_corpus(path, engine=engine, limit=limit)
        else:
            report = evaluate_seed(path, text_path, engine=engine)
    except (plugins.UnknownEngineError, BratError, ValueError, OSError) as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(report.format_table())


def _saved_articles(path: str, text: str) -> list:  # type: ignore[type-arg]
    """The Articles in a ``.json`` (one Article or a list) or ``.jsonl`` file, or raise InputError."""
    from pydantic import ValidationError

    from .schema import Article

    try:
        if path.lower().endswith(".jsonl"):
            records = [(n, json.loads(line)) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        else:
            data = json.loads(text)
            records = [(None, item) for item in (data if isinstance(data, list) else [data])]
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    articles = []
    for k, (line, record) in enumerate(records, 1):
        try:
            articles.append(Article.model_validate(record))
        except ValidationError as exc:
            where = f"line {line}" if line is not None else f"article {k}"
            first = exc.errors()[0]
            loc = ".".join(map(str, first["loc"])) or "(top)"
            raise InputError(f"{path}: {where} is not a saved Article ({loc}: {first['msg']})") from None
    return articles


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the page here instead of stdout.")
@click.option("--engine", "-e", default="rules", show_default=True, help="Engine for text inputs.")
@click.option("--published", help="Publication date of text inputs, YYYY-MM-DD (resolves relative dates).")
@click.option("--title", help="Page title.")
@click.option("--max-bytes", type=int, default=MAX_BYTES_DEFAULT, show_default=True, help="Refuse larger files.")
def show(inputs: tuple[str, ...], output: str | None, engine: str, published: str | None, title: str | None,
         max_bytes: int) -> None:
    """Write one self-contained HTML page that shows each INPUT's spans in its text.

    An INPUT ending in .json or .jsonl holds saved Articles (`extract --format
    json/jsonl`); any other INPUT is a text file, extracted first ('-' reads
    stdin).  Several articles get one section each and an index.
    """
    from . import pipeline, plugins
    from .render.html import render_html

    pub = _published_option(published)
    articles = []
    for path in inputs:
        try:
            text = read_text(path, max_bytes=max_bytes)
            if path.lower().endswith((".json", ".jsonl")):
                articles.extend(_saved_articles(path, text))
                continue
        except InputError as exc:
            _fail(str(exc))
        try:
            plugins.engine_info(engine)
            article = pipeline.extract(text, engine=engine, id=Path(path).stem if path != "-" else "stdin", published=pub)
        except plugins.UnknownEngineError as exc:
            _fail(str(exc))
        except Exception as exc:  # noqa: BLE001 - engine set-up or extraction failure: one line, no traceback
            _fail(f"{path}: extraction failed: {type(exc).__name__}: {exc}", code=1)
        articles.append(article)
    page = render_html(articles, title=title)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(page)
    else:
        click.echo(page, nl=False)


@main.group()
def models() -> None:
    """Download the models an engine needs (for engines that have them)."""


@models.command("download")
@click.argument("engine")
@click.option("--lang", default="en", show_default=True, help="Language of the models.")
@click.option("--dir", "model_dir", type=click.Path(file_okay=False), help="Model directory (default: the engine's own).")
def models_download(engine: str, lang: str, model_dir: str | None) -> None:
    """Download ENGINE's models for --lang (needs a network).

    The engine plugin says how: its registered factory has a
    ``download_models(lang, model_dir)`` function returning the directory.
    The core knows nothing about any engine's models, so a plugin adds this
    without any change here.
    """
    from . import plugins

    try:
        info = plugins.engine_info(engine)
    except plugins.UnknownEngineError as exc:
        _fail(str(exc))
    download = getattr(info.factory, "download_models", None)
    if not callable(download):
        _fail(f"engine {engine!r} has no models that newsmodel can download")
    try:
        where = download(lang, model_dir)
    except Exception as exc:  # noqa: BLE001 - a failed download is a user-facing error, not a bug
        _fail(f"downloading {engine!r} models failed: " + (" ".join(str(exc).split()) or type(exc).__name__), code=1)
    click.echo(f"{engine} models for {lang!r} are in {where}")


if __name__ == "__main__":  # pragma: no cover
    main()
