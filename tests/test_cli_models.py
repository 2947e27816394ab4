"""``newsmodel models download ENGINE``: asks the engine's plugin, fails in one line."""

from __future__ import annotations

from click.testing import CliRunner

import newsmodel
from newsmodel.cli import main


class _Engine(newsmodel.Engine):
    name = "with-models"
    calls: list[tuple[str, str | None]] = []
    fail: Exception | None = None

    def annotate(self, text: str) -> newsmodel.AnnotatedDocument:  # pragma: no cover - not used here
        return newsmodel.AnnotatedDocument(text=text)

    @classmethod
    def download_models(cls, lang: str, model_dir: str | None) -> str:
        cls.calls.append((lang, model_dir))
        if cls.fail is not None:
            raise cls.fail
        return model_dir or "/default/models"


class _Plugin:
    @newsmodel.hookimpl
    def register_engines(self, register):  # noqa: ANN001
        register("with-models", _Engine)


def _run(*args: str):
    with newsmodel.registered_plugin(_Plugin(), name="with-models-plugin"):
        return CliRunner().invoke(main, ["models", "download", *args])


def test_download_asks_the_engine_plugin():
    _Engine.calls, _Engine.fail = [], None
    result = _run("with-models", "--lang", "de", "--dir", "/tmp/m")
    assert result.exit_code == 0, result.output
    assert _Engine.calls == [("de", "/tmp/m")]
    assert result.output.strip() == "with-models models for 'de' are in /tmp/m"
    result = _run("with-models")
    assert _Engine.calls[-1] == ("en", None) and "/default/models" in result.output


def test_failed_download_is_one_line_without_traceback():
    _Engine.calls = []
    _Engine.fail = ConnectionError("HTTPSConnectionPool(host='huggingface.co'):\n  Max retries exceeded")
    try:
        result = _run("with-models")
    finally:
        _Engine.fail = None
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "newsmodel: error: downloading 'with-models' models failed: HTTPSConnectionPool(host='huggingface.co'): Max retries exceeded"
    ]
    assert "Traceback" not in result.output


def test_engine_without_downloadable_models():
    result = CliRunner().invoke(main, ["models", "download", "rules"])
    assert result.exit_code == 2
    assert result.output.strip() == "newsmodel: error: engine 'rules' has no models that newsmodel can download"


def test_unknown_engine():
    result = CliRunner().invoke(main, ["models", "download", "nope"])
    assert result.exit_code == 2
    assert result.output.startswith("newsmodel: error: unknown engine 'nope'")
    assert len(result.output.strip().splitlines()) == 1


def test_stanza_download_failure_through_the_cli(monkeypatch, tmp_path):
    """The real stanza plugin, with its network call replaced by a failing one."""
    import pytest

    pytest.importorskip("newsmodel_stanza")
    stanza = pytest.importorskip("stanza")

    def offline(*args, **kwargs):
        raise ConnectionError("Failed to resolve 'raw.githubusercontent.com'")

    monkeypatch.setattr(stanza, "download", offline)
    result = CliRunner().invoke(main, ["models", "download", "stanza", "--dir", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert lines[0].startswith(f"newsmodel: error: downloading 'stanza' models failed: could not download stanza models for 'en' into {tmp_path}")
    assert "ConnectionError: Failed to resolve" in lines[0]
