"""Temporal tagger figures: TempEval-3 accuracy per corpus, throughput, import time, memory.

Run by hand after ``pip install -e .``: ``python benchmarks/timex.py [FOLDER]``. FOLDER is a
folder of TimeML ``.tml`` files, or a folder of such folders, one per corpus (default
``../shared/corpora/tempeval3/``, the TimeBank and AQUAINT dev corpora, followed by the
held-out sets ``tests/data/timex-heldout/`` and ``tests/data/timex-heldout2/`` when they
exist). It prints, per corpus, strict and relaxed span P/R/F1, value and type F1 (TempEval-3
scoring), a per-type breakdown and the ten most frequent kinds of error; then the tagger's
throughput on one core after a warm-up (characters per second of this process's CPU time,
paragraph by paragraph as the product calls it, and whole documents), the time of 1 MB
adversarial paragraphs of digits and month names and its growth per MB from 0.25 to 2 MB, the
peak memory for growing inputs, and the import time of ``feeds.timex`` in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

from feeds.timex import tag
from feeds.timex.evaluate import (
    TimeMLDocument,
    error_kinds,
    evaluate,
    format_evaluation,
    read_folder,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "tempeval3"
# Written and annotated blind: their first figures estimated accuracy on unseen news (both
# have been fixed against since).
HELDOUT = (ROOT / "tests" / "data" / "timex-heldout", ROOT / "tests" / "data" / "timex-heldout2")
DCT = date(2024, 10, 28)


def corpora(folder: Path) -> dict[str, list[TimeMLDocument]]:
    """The corpora in a folder: the folder itself if it holds .tml files, else its subfolders."""
    if any(folder.glob("*.tml")):
        return {folder.name: read_folder(folder)}
    return {
        sub.name: read_folder(sub)
        for sub in sorted(folder.iterdir())
        if sub.is_dir() and any(sub.glob("*.tml"))
    }


def accuracy(name: str, docs: list[TimeMLDocument]) -> None:
    """Print the scores of one corpus, its per-type table and its ten commonest error kinds."""
    ev = evaluate(docs)
    print(f"== {name}")
    print(format_evaluation(ev, errors=False))
    print("ten most frequent error kinds:")
    for kind, count in error_kinds(ev, 10):
        print(f"  {count:4d}  {kind}")
    print()


def throughput(texts: list[str], rounds: int) -> None:
    """Print characters per second for paragraphs and whole documents, after a warm-up."""
    paragraphs = [p for t in texts for p in t.split("\n\n") if p.strip()]
    size = sum(len(t) for t in texts)
    for t in texts[:20]:
        tag(t, DCT)
    rates = []
    for _ in range(rounds):
        start = time.process_time()
        for p in paragraphs:
            tag(p, DCT)
        rates.append(sum(len(p) for p in paragraphs) / (time.process_time() - start))
    print(
        f"throughput, paragraphs: {statistics.median(rates) / 1e6:6.2f} M chars/s "
        f"({len(paragraphs)} paragraphs, {size / 1e6:.2f} M chars, median of {rounds})"
    )
    rates = []
    for _ in range(rounds):
        start = time.process_time()
        for t in texts:
            tag(t, DCT)
        rates.append(size / (time.process_time() - start))
    print(f"throughput, documents:  {statistics.median(rates) / 1e6:6.2f} M chars/s")


def digits_and_month_names(size: int) -> str:
    """A paragraph of `size` characters of random numbers and month names."""
    rng = random.Random(1)
    words = ["1", "23", "456", "7890", "January", "May", "March", "Oct.", "12", "2024", "1999"]
    return " ".join(rng.choice(words) for _ in range(size // 4 + 1))[:size]


def adversarial() -> None:
    """Print the time of 1 MB paragraphs of digits and month names, and of dense dates."""
    inputs = {
        "digits only": "1234567890 " * 90_910,
        "digits and month names": digits_and_month_names(1_000_000),
        "dense dates": "1 2 3 4 Oct. 27, 2024 - 28 May March 1999 1990s 10:35 a.m. two days ago, "
        * 13_700,
    }
    for name, text in inputs.items():
        text = text[:1_000_000]
        start = time.process_time()
        found = tag(text, DCT)
        elapsed = time.process_time() - start
        print(f"1 MB paragraph, {name:23s}: {elapsed:6.2f} s CPU ({len(found)} timexes)")


def growth() -> None:
    """Print the time per MB of digits and month names at growing lengths: flat if linear."""
    text = digits_and_month_names(2_000_000)
    for size in (250_000, 500_000, 1_000_000, 2_000_000):
        start = time.process_time()
        tag(text[:size], DCT)
        elapsed = time.process_time() - start
        print(f"digits and month names, {size / 1e6:4.2f} MB: {elapsed / size * 1e6:5.2f} s per MB")


def memory(texts: list[str]) -> None:
    """Print the peak memory of tagging inputs of growing length (it should grow no faster)."""
    base = "\n\n".join(texts)
    for factor in (1, 4):
        text = base * factor
        tracemalloc.start()
        found = tag(text, DCT)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(
            f"peak memory, {len(text) / 1e6:5.2f} M chars: {peak / 1e6:6.1f} MB "
            f"({len(found)} timexes; {peak / len(text):.1f} bytes per char)"
        )


def import_time(runs: int = 5) -> None:
    """Print the median import time of feeds.timex in a fresh interpreter."""
    code = (
        "import time; s = time.perf_counter(); import feeds.timex; print(time.perf_counter() - s)"
    )
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT
            ).stdout
        )
        for _ in range(runs)
    ]
    print(f"import feeds.timex: {statistics.median(times) * 1000:.0f} ms (median of {runs})")


def main() -> None:
    """Parse the arguments and print every figure."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds of throughput")
    args = parser.parse_args()
    found = corpora(args.folder or DEFAULT)
    texts = [d.text for docs in found.values() for d in docs]
    if args.folder is None:
        for heldout in HELDOUT:
            if any(heldout.glob("*.tml")):
                found |= corpora(heldout)
    for name, docs in found.items():
        accuracy(name, docs)
    throughput(texts, args.rounds)
    adversarial()
    growth()
    memory(texts)
    import_time()


if __name__ == "__main__":
    main()
