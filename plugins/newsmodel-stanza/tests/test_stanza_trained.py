"""The stanza engine on a real ``stanza.Pipeline``: a tiny English pipeline
trained at the start of the session (``stanza_training``) from UD English EWT.

The models are far too small to be accurate, and nothing here checks
accuracy: these tests check the engine's contract on what a real stanza
tokenizer, tagger, lemmatizer and parser produce (sentence splits,
multi-word tokens, heads), on the seed article and on PolNeAR dev texts.
They skip only when ``../shared`` (the treebank) is missing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from stanza_training import EWT_DEV, PROCESSORS, REPO, SHARED, train_tiny_pipeline

from newsmodel_stanza import ENTITY_LABELS

import newsmodel
from newsmodel.cli import main as cli

stanza = pytest.importorskip("stanza")

pytestmark = pytest.mark.skipif(
    not EWT_DEV.is_file(),
    reason=f"UD English EWT not found at {EWT_DEV} (../shared is missing): the tiny stanza pipeline cannot be trained",
)

SEED = REPO / "seeds" / "kremlin-iran.txt"
POLNEAR_DEV = SHARED / "data" / "polnear" / "dev" / "text"
#: Invented sentences with English contractions (multi-word tokens in UD:
#: "don't" is do + n't) and several sentence ends.
CONTRACTIONS = (
    "The minister said she didn't know about the deal. \"We can't accept it,\" her spokesman added. "
    "Officials in the capital haven't commented, and it's not clear whether they will."
)


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    """The tiny models on one torch thread: on a shared 2-core machine a second
    thread spins against other jobs and made each call several times slower."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory):
    """tokenize, mwt, pos, lemma, depparse and ner models trained for this session."""
    return train_tiny_pipeline(EWT_DEV, tmp_path_factory.mktemp("stanza-tiny-en"))


def _pipeline(tiny_models, processors):  # noqa: ANN001
    """A real stanza.Pipeline on the tiny models; nothing is downloaded.

    stanza reads a resource index (``resources.json``) from ``dir`` even when
    every model path is given; an empty one makes it load just those files.
    """
    index = tiny_models.directory / "index"
    index.mkdir(exist_ok=True)
    (index / "resources.json").write_text("{}", encoding="utf-8")
    paths = {k: v for k, v in tiny_models.model_path_options().items() if k.split("_")[0] in processors}
    return stanza.Pipeline(
        lang="en", dir=str(index), processors=",".join(processors), download_method=None,
        allow_unknown_language=True, use_gpu=False, logging_level="ERROR", **paths,
    )


@pytest.fixture(scope="session")
def tiny_pipeline(tiny_models):
    """tokenize, mwt, pos, lemma, depparse and ner."""
    return _pipeline(tiny_models, PROCESSORS)


@pytest.fixture(scope="session")
def options(tiny_pipeline):
    """engine_options handing the ready pipeline to the stanza engine."""
    return {"pipeline": tiny_pipeline}


def _seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def _polnear_texts(n: int = 3) -> list[str]:
    files = sorted(POLNEAR_DEV.glob("*.txt"))[:n]
    if not files:
        pytest.skip(f"PolNeAR dev texts not found in {POLNEAR_DEV}")
    return [f.read_text(encoding="utf-8") for f in files]


def assert_matches_stanza(doc: newsmodel.AnnotatedDocument, sdoc) -> None:  # noqa: ANN001
    """The engine-neutral document keeps what the real pipeline produced:
    one token per stanza word, offsets inside the text, stanza's sentence
    splits, and multi-word tokens mapped inside their token's span."""
    doc.check()
    text = doc.text
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)
    assert all(not t.text.isspace() and t.text for t in doc.tokens)
    words = [(w, tok) for s in sdoc.sentences for tok in s.tokens for w in tok.words]
    assert len(doc.tokens) == len(words)
    assert [(s.start, s.end) for s in doc.sentences] == [
        (s.tokens[0].start_char, s.tokens[-1].end_char) for s in sdoc.sentences
    ]
    for token, (word, stoken) in zip(doc.tokens, words):
        assert stoken.start_char <= token.start < token.end <= stoken.end_char
        assert token.pos == word.upos
        if word.head == 0:
            assert token.head is None and token.dep == "root"
        else:
            head = doc.tokens[token.head]
            assert head.sent == token.sent and head.i != token.i
    assert doc.has_parse
    # every entity stanza itself decodes from the tags is one of the document's
    spans = {(e.start, e.end, e.label) for e in doc.entities}
    assert {(e.start_char, e.end_char, ENTITY_LABELS.get(e.type, e.type)) for e in sdoc.ents} <= spans
    assert all(text[e.start : e.end].strip() for e in doc.entities)


def test_the_pipeline_is_real_and_runs_every_processor(tiny_models, tiny_pipeline):
    assert set(tiny_pipeline.processors) == set(PROCESSORS)
    assert all(path.stat().st_size > 0 for path in tiny_models.paths.values())
    sdoc = tiny_pipeline(CONTRACTIONS)
    words = [w for s in sdoc.sentences for w in s.words]
    assert words and all(w.upos and w.lemma is not None and w.deprel for w in words)


def test_seed_document_follows_the_pipeline(tiny_pipeline, options):
    text = _seed_text()
    doc = newsmodel.annotate(text, engine="stanza", engine_options=options)
    assert doc.engine == "stanza" and doc.engine_version
    assert_matches_stanza(doc, tiny_pipeline(text))
    assert len(doc.sentences) > 1


def test_multiword_tokens_and_sentence_splits_from_the_real_tokenizer(tiny_pipeline, options):
    sdoc = tiny_pipeline(CONTRACTIONS)
    mwts = [tok for s in sdoc.sentences for tok in s.tokens if len(tok.words) > 1]
    # preconditions on the trained tokenizer, so the checks below are not vacuous
    assert mwts, "the tiny tokenizer split no contraction into words"
    assert len(sdoc.sentences) > 1
    doc = newsmodel.annotate(CONTRACTIONS, engine="stanza", engine_options=options)
    assert_matches_stanza(doc, sdoc)
    for tok in mwts:
        inside = [t for t in doc.tokens if tok.start_char <= t.start and t.end <= tok.end_char]
        assert len(inside) == len(tok.words)
        assert [t.lemma for t in inside] and all(t.sent == inside[0].sent for t in inside)


def test_every_extractor_runs_and_the_article_validates(options):
    text = _seed_text()
    doc = newsmodel.annotate(text, engine="stanza", engine_options=options)
    registered = list(newsmodel.available_extractors())
    for name in registered:
        alone = newsmodel.run_extractors(doc, extractors=[name])
        assert name in alone.provenance.extractors  # with whatever it depends on
        newsmodel.Article.model_validate_json(alone.model_dump_json())
    article = newsmodel.extract(text, engine="stanza", engine_options=options, published="2025-06-24")
    assert article.provenance.engine == "stanza" and list(article.provenance.extractors) == registered
    assert newsmodel.Article.model_validate_json(article.model_dump_json()) == article


def test_polnear_dev_texts(tiny_pipeline, options):
    texts = _polnear_texts()
    docs = list(newsmodel.get_engine("stanza", **options).annotate_batch(texts, batch_size=2))
    for text, doc in zip(texts, docs):
        assert doc.text == text
        assert_matches_stanza(doc, tiny_pipeline(text))
    for article in newsmodel.extract_many(texts, engine="stanza", engine_options=options, batch_size=2):
        assert newsmodel.Article.model_validate_json(article.model_dump_json()) == article


def test_entities_from_the_real_ner_processor(tiny_pipeline, options):
    text = _seed_text()
    sdoc = tiny_pipeline(text)
    assert sdoc.ents, "the tiny NER model found no entity in the seed"
    doc = newsmodel.annotate(text, engine="stanza", engine_options=options)
    assert doc.entities and {e.label for e in doc.entities} <= {"PERSON", "ORG"}
    for e in doc.entities:
        assert doc.tokens[e.token_start].start == e.start and doc.tokens[e.token_end - 1].end == e.end


def test_a_pipeline_without_ner_gives_no_entities_and_extraction_still_works(tiny_models, tiny_pipeline):
    no_ner = _pipeline(tiny_models, tuple(p for p in PROCESSORS if p != "ner"))
    text = _seed_text()
    doc = newsmodel.annotate(text, engine="stanza", engine_options={"pipeline": no_ner})
    assert doc.entities == [] and doc.has_parse
    assert_matches_stanza(doc, no_ner(text))
    article = newsmodel.extract(text, engine="stanza", engine_options={"pipeline": no_ner})
    assert newsmodel.Article.model_validate_json(article.model_dump_json()) == article


def test_engine_built_from_model_paths_alone(tiny_models, options):
    """``<processor>_model_path`` options: the engine builds the pipeline itself,
    on exactly those processors, with no resources.json anywhere."""
    from newsmodel_stanza import StanzaEngine

    paths = tiny_models.model_path_options()
    engine = StanzaEngine(**paths)
    assert engine.processors == list(PROCESSORS) and engine.has_parse
    assert not (Path(paths["tokenize_model_path"]).parent / "resources.json").exists()
    assert engine.version.endswith("/en-model-paths")
    mine, theirs = engine.annotate(CONTRACTIONS), newsmodel.annotate(CONTRACTIONS, engine="stanza", engine_options=options)
    assert (mine.tokens, mine.sentences, mine.entities) == (theirs.tokens, theirs.sentences, theirs.entities)


def test_missing_model_path_is_named(tiny_models, tmp_path):
    from newsmodel_stanza import ModelsNotFoundError, StanzaEngine

    paths = {**tiny_models.model_path_options(), "pos_model_path": str(tmp_path / "nope.pt")}
    with pytest.raises(ModelsNotFoundError, match="nope.pt"):
        StanzaEngine(**paths)


def test_cli_extract_with_engine_options(tiny_models, tmp_path):
    args = ["extract", str(SEED), "--engine", "stanza", "--format", "json", "-o", str(tmp_path / "seed.json")]
    for key, value in tiny_models.model_path_options().items():
        args += ["--engine-option", f"{key}={value}"]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    article = newsmodel.Article.model_validate(json.loads((tmp_path / "seed.json").read_text(encoding="utf-8")))
    assert article.provenance.engine == "stanza" and article.text == _seed_text()
