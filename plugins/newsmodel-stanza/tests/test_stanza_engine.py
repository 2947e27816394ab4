"""The engine without models: the missing-model error, the model check, batching
(on a stand-in pipeline that returns real stanza Documents), and registration."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsmodel
from newsmodel_stanza import (
    DEFAULT_PROCESSORS,
    ModelDownloadError,
    ModelLoadError,
    ModelsNotFoundError,
    StanzaEngine,
    StanzaNotInstalledError,
    download_command,
    download_models,
    missing_models,
)

FAKE_RESOURCES = {
    "en": {
        "lang_name": "English",
        "packages": {"default": {"tokenize": "combined", "mwt": "combined", "pos": "combined_charlm",
                                 "lemma": "combined_nocharlm", "depparse": "combined_charlm", "ner": "ontonotes_charlm"}},
        "tokenize": {"combined": {}},
        "mwt": {"combined": {}},
        "pos": {"combined_charlm": {"dependencies": [{"model": "pretrain", "package": "conll17"},
                                                     {"model": "forward_charlm", "package": "1billion"}]}},
        "lemma": {"combined_nocharlm": {}},
        "depparse": {"combined_charlm": {"dependencies": [{"model": "pretrain", "package": "conll17"}]}},
        "ner": {"ontonotes_charlm": {"dependencies": [{"model": "pretrain", "package": "conll17"}]}},
    },
    "english": {"alias": "en"},
}
EXPECTED_FILES = [
    "en/tokenize/combined.pt", "en/mwt/combined.pt", "en/pos/combined_charlm.pt", "en/pretrain/conll17.pt",
    "en/forward_charlm/1billion.pt", "en/lemma/combined_nocharlm.pt", "en/depparse/combined_charlm.pt",
    "en/ner/ontonotes_charlm.pt",
]


@pytest.fixture
def no_network(monkeypatch):
    """Fail the test if anything opens a network connection."""

    def refuse(self, address):  # noqa: ANN001
        raise AssertionError(f"unexpected network connection to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a[0] if a else None))


def fake_model_dir(root: Path, files=EXPECTED_FILES) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "resources.json").write_text(json.dumps(FAKE_RESOURCES), encoding="utf-8")
    for f in files:
        (root / f).parent.mkdir(parents=True, exist_ok=True)
        (root / f).write_bytes(b"")
    return root


# -- no models: one clear error, fast, no network ------------------------------------------


@pytest.mark.parametrize("method", ["none", "reuse_resources", None])
def test_empty_model_dir_gives_one_clear_error(tmp_path, no_network, method):
    t0 = time.monotonic()
    with pytest.raises(ModelsNotFoundError) as info:
        StanzaEngine(model_dir=tmp_path, download_method=method)
    assert time.monotonic() - t0 < 5
    msg = str(info.value)
    assert "\n" not in msg
    assert str(tmp_path) in msg
    assert f"newsmodel models download stanza --lang en --dir {tmp_path}" in msg
    assert "resources.json" in msg
    assert info.value.model_dir == str(tmp_path) and info.value.lang == "en"


def test_model_dir_from_stanza_environment_variable(tmp_path, monkeypatch, no_network):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "from-env"))
    with pytest.raises(ModelsNotFoundError, match="from-env"):
        StanzaEngine()


def test_missing_model_files_are_named(tmp_path, no_network):
    root = fake_model_dir(tmp_path, files=EXPECTED_FILES[:2])
    with pytest.raises(ModelsNotFoundError) as info:
        StanzaEngine(model_dir=root)
    assert info.value.missing == [str(root / f) for f in EXPECTED_FILES[2:]]
    assert "and 3 more" in str(info.value)


def test_extract_through_the_public_api_raises_the_same_error(tmp_path, no_network):
    with pytest.raises(ModelsNotFoundError, match="newsmodel models download stanza"):
        newsmodel.extract("Putin spoke.", engine="stanza", engine_options={"model_dir": str(tmp_path)})


def test_cli_reports_missing_models_in_one_line(tmp_path, monkeypatch, no_network):
    from newsmodel.cli import main

    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    article = tmp_path / "a.txt"
    article.write_text("Putin spoke.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--engine", "stanza", str(article)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert lines[0].startswith("newsmodel: error: engine 'stanza' could not start: stanza models for 'en' are not in")


def test_corrupt_model_files_give_one_clear_error(tmp_path, no_network):
    pytest.importorskip("stanza")
    root = fake_model_dir(tmp_path)  # every file there, every file empty
    with pytest.raises(ModelLoadError) as info:
        StanzaEngine(model_dir=root)
    msg = str(info.value)
    assert "\n" not in msg and str(root) in msg and "newsmodel models download stanza" in msg


def test_bad_download_method_is_rejected(tmp_path):
    with pytest.raises(ValueError, match="download_method must be one of"):
        StanzaEngine(model_dir=tmp_path, download_method="sometimes")


# -- the model check itself ----------------------------------------------------------------


def test_missing_models_follows_resources_json(tmp_path):
    assert missing_models("en", tmp_path) == [str(tmp_path / "resources.json")]
    root = fake_model_dir(tmp_path / "m", files=[])
    assert sorted(missing_models("en", root)) == sorted(str(root / f) for f in EXPECTED_FILES)
    assert missing_models("english", root) == missing_models("en", root), "aliases are followed"
    assert missing_models("xx", root) == [f"language 'xx' in {root / 'resources.json'}"]
    # only what the processors need
    assert missing_models("en", root, "tokenize,mwt") == [str(root / "en/tokenize/combined.pt"), str(root / "en/mwt/combined.pt")]
    fake_model_dir(root)
    assert missing_models("en", root) == []
    (root / "en/ner/ontonotes_charlm.pt").unlink()
    assert missing_models("en", root) == [str(root / "en/ner/ontonotes_charlm.pt")]
    (root / "resources.json").write_text("{not json", encoding="utf-8")
    assert "unreadable" in missing_models("en", root)[0]


def test_download_command_names_engine_language_and_directory():
    assert download_command("de") == "newsmodel models download stanza --lang de"
    assert download_command("en", "/m") == "newsmodel models download stanza --lang en --dir /m"


def test_models_on_disk_but_stanza_missing_is_a_clear_import_error(tmp_path, monkeypatch):
    root = fake_model_dir(tmp_path)
    monkeypatch.setitem(sys.modules, "stanza", None)  # makes `import stanza` fail
    with pytest.raises(StanzaNotInstalledError, match="pip install"):
        StanzaEngine(model_dir=root)


def test_download_failure_is_one_line(tmp_path, monkeypatch):
    stanza = pytest.importorskip("stanza")

    def offline(*args, **kwargs):
        raise ConnectionError("HTTPSConnectionPool(host='raw.githubusercontent.com', port=443):\nMax retries exceeded")

    monkeypatch.setattr(stanza, "download", offline)
    with pytest.raises(ModelDownloadError) as info:
        download_models("en", tmp_path)
    msg = str(info.value)
    assert "\n" not in msg and str(tmp_path) in msg and "ConnectionError" in msg


def test_download_asks_stanza_for_the_engine_processors_only(tmp_path, monkeypatch):
    stanza = pytest.importorskip("stanza")
    calls = []

    def fake_download(lang, model_dir, package, processors, logging_level):  # noqa: ANN001
        calls.append((lang, model_dir, package, processors))
        fake_model_dir(Path(model_dir))

    monkeypatch.setattr(stanza, "download", fake_download)
    assert download_models("en", tmp_path) == tmp_path
    assert calls == [("en", str(tmp_path), "default", ",".join(DEFAULT_PROCESSORS))]
    assert StanzaEngine.download_models is download_models  # what `newsmodel models download` finds


# -- batching and conversion on a stand-in pipeline ---------------------------------------


class StandInPipeline:
    """Returns real stanza Documents: one sentence, one word per whitespace-separated
    chunk, each word attached to the first.  Records how it was called."""

    processors = {"tokenize": None, "pos": None, "depparse": None}

    def __init__(self):
        self.calls: list[list[str]] = []

    def _doc(self, text):
        from stanza.models.common.doc import Document

        words, pos = [], 0
        for k, form in enumerate(text.split(), start=1):
            start = text.index(form, pos)
            pos = start + len(form)
            words.append({"id": k, "text": form, "lemma": form.lower(), "upos": "X", "head": 0 if k == 1 else 1,
                          "deprel": "root" if k == 1 else "dep", "start_char": start, "end_char": pos,
                          "ner": "S-PERSON" if form == "Putin" else "O"})
        return Document([words], text=text)

    def __call__(self, text):
        self.calls.append([text])
        return self._doc(text)

    def bulk_process(self, texts):
        self.calls.append(list(texts))
        return [self._doc(t) for t in texts]


@pytest.fixture
def stand_in():
    pytest.importorskip("stanza")
    return StandInPipeline()


def test_annotate_on_a_pipeline(stand_in):
    engine = StanzaEngine.from_pipeline(stand_in, version="test-1")
    doc = engine.annotate("Putin spoke today")
    assert doc.check() is doc
    assert doc.engine == "stanza" and doc.engine_version == "test-1" and doc.has_parse
    assert [t.text for t in doc.tokens] == ["Putin", "spoke", "today"]
    assert [e.label for e in doc.entities] == ["PERSON"]
    assert engine.annotate("").tokens == [] and engine.annotate(" \n").text == " \n"
    assert stand_in.calls == [["Putin spoke today"]], "blank texts never reach the model"


def test_batches_go_through_bulk_processing_in_order(stand_in):
    engine = StanzaEngine.from_pipeline(stand_in)
    texts = ["a b", "", "Putin c", "d", "  ", "e f g"]
    docs = list(engine.annotate_batch(texts, batch_size=4))
    assert [d.text for d in docs] == texts
    assert stand_in.calls == [["a b", "Putin c", "d"], ["e f g"]]
    assert [d.tokens for d in docs] == [engine.annotate(t).tokens for t in texts]
    with pytest.raises(ValueError):
        list(engine.annotate_batch(["x"], batch_size=0))


def test_extract_many_with_a_registered_stanza_engine(stand_in):
    class Plugin:
        @newsmodel.hookimpl
        def register_engines(self, register):  # noqa: ANN001
            register("stanza-stand-in", lambda: StanzaEngine.from_pipeline(stand_in), version="x")

    with newsmodel.registered_plugin(Plugin(), name="stanza-stand-in-plugin"):
        articles = list(newsmodel.extract_many(["Putin spoke", "", "nothing here"], engine="stanza-stand-in", batch_size=2))
    assert [a.text for a in articles] == ["Putin spoke", "", "nothing here"]
    assert articles[0].provenance.engine == "stanza"
    assert [a.name for a in articles[0].actors] == ["Putin"]


def test_a_ready_pipeline_through_engine_options(stand_in):
    article = newsmodel.extract("Putin spoke", engine="stanza", engine_options={"pipeline": stand_in})
    assert article.provenance.engine == "stanza" and [a.name for a in article.actors] == ["Putin"]
    assert stand_in.calls == [["Putin spoke"]]


def test_pipeline_option_must_be_a_pipeline():
    with pytest.raises(TypeError, match="pipeline must be a stanza.Pipeline"):
        StanzaEngine(pipeline="tokenize,pos")


# -- explicit model paths (the real thing runs in test_stanza_trained.py) ------------------


def test_missing_model_paths_are_named(tmp_path, no_network):
    with pytest.raises(ModelsNotFoundError) as info:
        StanzaEngine(tokenize_model_path=tmp_path / "tok.pt", pos_model_path=str(tmp_path / "pos.pt"))
    assert info.value.missing == [str(tmp_path / "tok.pt"), str(tmp_path / "pos.pt")]
    msg = str(info.value)
    assert "\n" not in msg and "tokenize_model_path, pos_model_path options" in msg and "download" not in msg


def test_unknown_file_option_is_a_type_error(tmp_path):
    with pytest.raises(TypeError, match="tokenize_modelpath"):
        StanzaEngine(tokenize_modelpath=str(tmp_path / "tok.pt"))
    with pytest.raises(TypeError, match="parser_model_path"):
        StanzaEngine(parser_model_path=str(tmp_path / "p.pt"))


def test_cli_engine_option_with_a_missing_model_path(tmp_path, no_network):
    from newsmodel.cli import main

    article = tmp_path / "a.txt"
    article.write_text("Putin spoke.", encoding="utf-8")
    missing = tmp_path / "tok.pt"
    result = CliRunner().invoke(
        main, ["extract", "--engine", "stanza", "--engine-option", f"tokenize_model_path={missing}", str(article)]
    )
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(missing) in lines[0] and "could not start" in lines[0]


# -- registration --------------------------------------------------------------------------


def test_plugin_import_does_not_import_stanza_or_torch():
    code = (
        "import sys, newsmodel, newsmodel_stanza.plugin; "
        "newsmodel.available_engines(); "
        "print('stanza' in sys.modules, 'torch' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_registered_as_the_stanza_engine():
    info = newsmodel.available_engines()["stanza"]
    assert info.factory is StanzaEngine
    assert info.distribution == "newsmodel-stanza"
    assert info.version == metadata.version("stanza")


def test_entry_point_declared():
    eps = [ep for ep in metadata.entry_points(group="newsmodel") if ep.name == "stanza"]
    assert [ep.value for ep in eps] == ["newsmodel_stanza.plugin"]
