"""Train a tiny English stanza pipeline, at test time, with stanza's own trainers.

No test may download stanza's models (these machines cannot reach the hub),
yet the engine has to meet a real ``stanza.Pipeline``: its tokenizer's
sentence splits and multi-word tokens, its tagger, lemmatizer and parser.
So this module trains one, from a UD English CoNLL-U file read in place
(``../shared/data/ud-ewt/en_ewt-ud-dev.conllu``), through the same entry
points stanza's own training scripts use:

* ``stanza.utils.datasets.conllu_to_text`` and ``prepare_tokenizer_data``
  turn the CoNLL-U file into the raw text and per-character labels
  (end of word, sentence, multi-word token) the tokenizer learns from;
* ``stanza.models.tokenizer``, ``mwt_expander`` (dictionary mode: the
  treebank's own expansions), ``tagger`` (no pretrained embeddings, no
  character model), ``lemmatizer`` (dictionary mode), ``parser`` and
  ``ner_tagger`` (both without pretrained embeddings or character model).

EWT has no entity annotation, so the NER model learns made-up entities:
each run of proper nouns (UPOS ``PROPN``) is one, ``PERSON`` when it has
two or more words and ``ORG`` when it has one.  That is nothing like real
named entities; it only gives stanza's NER trainer and processor real BIO
data of the right shape, so the engine meets the tags a real NER model
emits.

Dimensions are tiny and the step counts few, so that the whole run stays
well under two minutes on two busy CPU cores; accuracy is irrelevant, the
tests check the engine's contract.  Three settings matter for that speed:
each trainer runs on one torch thread (on a shared machine a second thread
made each step about ten times slower, spinning against other jobs), the
trainers run side by side, and each evaluates on a 50-sentence dev file
once, at its last step (stanza's tagger saves its model only after an
evaluation).

The models and prepared data go to a directory the caller chooses (a
temporary one in the tests); nothing is written next to the treebank.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared"
#: UD English EWT dev set (CC BY-SA 4.0), read in place and never copied into the repository.
EWT_DEV = SHARED / "data" / "ud-ewt" / "en_ewt-ud-dev.conllu"
#: What the tiny pipeline runs, in stanza's order.
PROCESSORS: tuple[str, ...] = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
#: Sentences in the dev file each trainer evaluates on once.
DEV_SENTENCES = 50
#: Training steps: enough for the tokenizer to learn English contractions
#: ("don't" -> do + n't) and sentence ends, for the tagger and parser to
#: leave their initial all-one-label state, and for the NER model to tag
#: some names; each step fewer is CPU time every test run saves.
TOKENIZER_STEPS = 150
TAGGER_STEPS = 40
PARSER_STEPS = 40
NER_STEPS = 60
#: Sentences of the treebank the models learn from (its first 1,000 of 2,001):
#: reading and indexing the data is a good part of each trainer's time.
TRAIN_SENTENCES = 1000
#: Small network sizes shared by the tagger and the parser.
_SMALL = ["--hidden_dim", "32", "--deep_biaff_hidden_dim", "32", "--word_emb_dim", "32",
          "--tag_emb_dim", "8", "--transformed_dim", "16", "--num_layers", "1",
          "--no_pretrain", "--no_char"]


@dataclass
class TinyModels:
    """Where the trained model files are, and how long each step took."""

    directory: Path
    paths: dict[str, Path]
    seconds: dict[str, float] = field(default_factory=dict)

    def model_path_options(self) -> dict[str, str]:
        """``{"tokenize_model_path": ..., ...}``: the keyword arguments for
        ``stanza.Pipeline`` and for the stanza engine."""
        return {f"{proc}_model_path": str(path) for proc, path in self.paths.items()}


def _write_first_sentences(conllu: Path, out: Path, n: int) -> None:
    blocks = conllu.read_text(encoding="utf-8").strip().split("\n\n")
    out.write_text("\n\n".join(blocks[:n]) + "\n\n", encoding="utf-8")


def _tokenizer_data(conllu: Path, out: Path, name: str) -> tuple[Path, Path, Path]:
    """Raw text, character labels and MWT expansions for the tokenizer, made by
    stanza's own preparation functions."""
    from stanza.utils.datasets import conllu_to_text, prepare_tokenizer_data

    txt, labels, mwt = out / f"{name}.txt", out / f"{name}.toklabels", out / f"{name}-mwt.json"
    conllu_to_text.convert_text(str(conllu), str(txt))
    with contextlib.redirect_stdout(None):  # it prints a status line
        prepare_tokenizer_data.main([str(txt), str(conllu), "-o", str(labels), "-m", str(mwt)])
    return txt, labels, mwt


def _ner_json(conllu: Path, dest: Path) -> Path:
    """stanza's NER training format (a JSON list of sentences of ``{"text", "ner"}``
    tokens, BIO tags) from ``conllu``, with the made-up entities described above.
    Entities are read per token: a multi-word token's words stay one token."""
    sentences = []
    for block in conllu.read_text(encoding="utf-8").strip().split("\n\n"):
        tokens: list[tuple[str, str]] = []  # (form, UPOS or "" for a multi-word token)
        last_in_mwt = 0
        for line in block.split("\n"):
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 4 or "." in cols[0]:
                continue
            if "-" in cols[0]:
                last_in_mwt = int(cols[0].split("-")[1])
                tokens.append((cols[1], ""))
            elif int(cols[0]) > last_in_mwt:
                tokens.append((cols[1], cols[3]))
        tagged, i = [], 0
        while i < len(tokens):
            j = i
            while j < len(tokens) and tokens[j][1] == "PROPN":
                j += 1
            if j == i:
                tagged.append({"text": tokens[i][0], "ner": "O"})
                i += 1
                continue
            label = "PERSON" if j - i > 1 else "ORG"
            tagged += [{"text": tokens[k][0], "ner": ("B-" if k == i else "I-") + label} for k in range(i, j)]
            i = j
        sentences.append(tagged)
    dest.write_text(json.dumps(sentences, ensure_ascii=False), encoding="utf-8")
    return dest


def _trainer_commands(conllu: Path, out: Path, dev: Path, tok: tuple[Path, Path, Path],
                      dev_tok: tuple[Path, Path, Path], paths: dict[str, Path]) -> dict[str, list[str]]:
    """The Python command line of each trainer (``-m stanza.models.<trainer> ...``)."""
    (txt, labels, mwt_json), (dev_txt, dev_labels, _) = tok, dev_tok
    common = ["--shorthand", "en_tiny", "--cpu", "--save_dir", str(out)]
    mwt = [
        "--train_file", str(conllu), "--eval_file", str(dev), "--gold_file", str(dev),
        "--lang", "en", "--dict_only", "--save_name", paths["mwt"].name, *common]
    lemma = [
        "--train_file", str(conllu), "--eval_file", str(dev),
        "--output_file", str(out / "lemma-dev.conllu"), "--dict_only", "--save_name", paths["lemma"].name, *common]
    ner = [
        "--train_file", str(_ner_json(conllu, out / "ner-train.json")), "--eval_file", str(_ner_json(dev, out / "ner-dev.json")),
        "--no_pretrain", "--no_char", "--word_emb_dim", "32", "--hidden_dim", "32", "--optim", "adam", "--lr", "0.01",
        "--max_steps", str(NER_STEPS), "--eval_interval", str(NER_STEPS), "--save_name", paths["ner"].name, *common]
    return {
        # the dictionary trainers take a second each: one process (one torch import) for them and NER
        "mwt+lemma+ner": ["-c", "from stanza.models import mwt_expander, lemmatizer, ner_tagger; "
                          f"mwt_expander.main({mwt!r}); lemmatizer.main({lemma!r}); ner_tagger.main({ner!r})"],
        "tokenize": [
            "-m", "stanza.models.tokenizer", "--txt_file", str(txt), "--label_file", str(labels), "--mwt_json_file", str(mwt_json),
            "--dev_txt_file", str(dev_txt), "--dev_label_file", str(dev_labels), "--lang", "en",
            "--emb_dim", "16", "--hidden_dim", "32", "--lr0", "0.01",
            "--steps", str(TOKENIZER_STEPS), "--eval_steps", str(TOKENIZER_STEPS + 1),  # no dev evaluation
            "--save_name", paths["tokenize"].name, *common],
        "pos": [
            "-m", "stanza.models.tagger", "--train_file", str(conllu), "--eval_file", str(dev), "--lang", "en", *_SMALL,
            "--composite_deep_biaff_hidden_dim", "16", "--batch_size", "50", "--lr", "0.01",
            "--max_steps", str(TAGGER_STEPS), "--eval_interval", str(TAGGER_STEPS), "--fix_eval_interval",
            "--save_name", paths["pos"].name, *common],
        "depparse": [
            "-m", "stanza.models.parser", "--train_file", str(conllu), "--eval_file", str(dev), "--lang", "en", *_SMALL,
            "--deep_biaff_output_dim", "16", "--batch_size", "500",
            "--max_steps", str(PARSER_STEPS), "--eval_interval", str(PARSER_STEPS), "--no_checkpoint",
            "--save_name", paths["depparse"].name, *common],
    }


def train_tiny_pipeline(conllu: Path, out: Path) -> TinyModels:
    """Train tokenize, mwt, pos, lemma, depparse and ner models from ``conllu`` into ``out``.

    The trainers run at once, in four processes on one torch thread each:
    they do not depend on each other (each learns from the gold treebank),
    and single-threaded processes side by side finish sooner than one after
    the other.  Each process's log goes to ``out/<processor>.log``; a
    failure raises with the end of that log.
    """
    out.mkdir(parents=True, exist_ok=True)
    seconds: dict[str, float] = {}
    paths = {proc: out / f"{proc}.pt" for proc in PROCESSORS}
    begin = time.perf_counter()
    train, dev = out / "train.conllu", out / "dev.conllu"
    _write_first_sentences(conllu, train, TRAIN_SENTENCES)
    _write_first_sentences(conllu, dev, DEV_SENTENCES)
    commands = _trainer_commands(train, out, dev, _tokenizer_data(train, out, "train"),
                                 _tokenizer_data(dev, out, "dev"), paths)
    seconds["prepare"] = round(time.perf_counter() - begin, 1)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore"}
    running: dict[str, tuple[subprocess.Popen[bytes], float, Path]] = {}
    for proc, args in commands.items():
        log = out / f"{proc}.log"
        with log.open("wb") as sink:
            running[proc] = (subprocess.Popen([sys.executable, *args], stdout=sink, stderr=subprocess.STDOUT,
                                              env=env, cwd=out), time.perf_counter(), log)
    failed = []
    try:
        _wait_all(running, paths, seconds, failed)
    finally:
        for child, _, _ in running.values():  # only left after an interrupt: stop our own children
            child.kill()
            child.wait()
    seconds["total"] = round(time.perf_counter() - begin, 1)
    if failed:
        raise RuntimeError("training the tiny stanza pipeline failed: " + "\n\n".join(failed))
    return TinyModels(out, paths, seconds)


def _wait_all(running: dict[str, tuple[subprocess.Popen[bytes], float, Path]], paths: dict[str, Path],
              seconds: dict[str, float], failed: list[str]) -> None:
    while running:
        time.sleep(0.2)
        for proc, (child, started, log) in list(running.items()):
            code = child.poll()
            if code is None:
                continue
            del running[proc]
            seconds[proc] = round(time.perf_counter() - started, 1)
            if code != 0 or not all(paths[p].is_file() for p in proc.split("+")):
                tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-15:]
                failed.append(f"{proc} (exit {code}):\n" + "\n".join(tail))
