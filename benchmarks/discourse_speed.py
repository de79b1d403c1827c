"""Throughput of the discourse engine on the OffensEval-2020 Turkish training tweets, one process.

Prints texts per second for ``Analyzer.analyze_batch`` beside the floor (``str.lower()`` + ``re.findall(r"\\w+")``
over the same texts in the same run), the time to load the engine, and the peak resident memory of the
process. Usage: python benchmarks/discourse_speed.py [--data DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def load_texts(data_dir: Path) -> list[str]:
    from birarada.discourse import datasets

    path = data_dir / "offenseval2020-tr"
    if not path.is_dir():
        sys.exit(f"no OffensEval data at {path}; pass --data DIR")
    return [e.text for e in datasets.offenseval_tr(data_dir)]


def floor(texts: list[str]) -> float:
    pattern = re.compile(r"\w+")
    started = time.perf_counter()
    for text in texts:
        pattern.findall(text.lower())
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=1, help="analyse the corpus this many times")
    args = parser.parse_args()
    texts = load_texts(args.data)
    started = time.perf_counter()
    from birarada.discourse import Analyzer

    analyzer = Analyzer()
    load_seconds = time.perf_counter() - started
    analyzer.analyze_batch(texts[:500])  # warm up caches
    best = None
    for _ in range(args.repeat):
        started = time.perf_counter()
        results = analyzer.analyze_batch(texts)
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    floor_seconds = floor(texts)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    labels = {}
    for r in results:
        labels[r.label] = labels.get(r.label, 0) + 1
    print(f"texts:              {len(texts):,} OffensEval-2020 Turkish training tweets")
    print(f"engine load:        {load_seconds:.2f} s")
    print(f"analyze_batch:      {len(texts) / best:,.0f} texts/s ({best:.2f} s, one process)")
    print(f"floor (lower+\\w+):  {len(texts) / floor_seconds:,.0f} texts/s ({floor_seconds:.3f} s)")
    print(f"engine / floor:     {best / floor_seconds:.1f}x slower")
    print(f"peak memory (RSS):  {peak_mib:.0f} MiB")
    print(f"labels:             {labels}")


if __name__ == "__main__":
    main()
