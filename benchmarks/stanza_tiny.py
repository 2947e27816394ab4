"""Cost of the tiny stanza pipeline the test suite trains (issue 15).

    python benchmarks/stanza_tiny.py

Trains it exactly as ``plugins/newsmodel-stanza/tests/test_stanza_trained.py``
does (``stanza_training.train_tiny_pipeline``, from ``../shared/data/ud-ewt``)
into a temporary directory, then runs the stanza engine on it over the seed.
Prints the wall time of each trainer process, the CPU time of all of them
(``getrusage(RUSAGE_CHILDREN)``) and of this process, and the load average
before and after: on a shared machine the wall time says little on its own,
the CPU time says what two free cores would need.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "plugins" / "newsmodel-stanza" / "tests"))

from stanza_training import EWT_DEV, train_tiny_pipeline  # noqa: E402


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    if not EWT_DEV.is_file():
        sys.exit(f"UD English EWT not found at {EWT_DEV}")
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="stanza-tiny-") as tmp:
        start = time.perf_counter()
        models = train_tiny_pipeline(EWT_DEV, Path(tmp))
        trained = time.perf_counter() - start
        children, own = _cpu(resource.RUSAGE_CHILDREN), _cpu(resource.RUSAGE_SELF)

        import torch

        import newsmodel

        torch.set_num_threads(1)
        text = (REPO / "seeds" / "kremlin-iran.txt").read_text(encoding="utf-8")
        start = time.perf_counter()
        engine = newsmodel.get_engine("stanza", **models.model_path_options())
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        article = newsmodel.extract(text, engine="stanza", engine_options=models.model_path_options())
        extracted = time.perf_counter() - start
    print(json.dumps({
        "trainer_wall_seconds": models.seconds,
        "training_wall_seconds": round(trained, 1),
        "trainer_cpu_seconds": round(children, 1),
        "this_process_cpu_seconds": round(own, 1),
        "engine_load_seconds": round(loaded, 2),
        "seed_extract_seconds": round(extracted, 2),
        "seed_tokens": len(newsmodel.annotate(text, engine="stanza", engine_options=models.model_path_options()).tokens),
        "seed_statements": len(article.statements),
        "processors": engine.processors,
        "load_average_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }, indent=2))


if __name__ == "__main__":
    main()
