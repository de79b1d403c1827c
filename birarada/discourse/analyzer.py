"""The Analyzer: runs the engine's pipeline (``pipeline``) over texts, in batches, in one or many processes.

Labels follow the definitions, not the statistics (see ``components.decide``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .analysis import Analysis, Finding
from .doc import Doc
from .model import load_models
from .pipeline import Pipeline, default_pipeline

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

BATCH = 1000  # texts scored together by the model: large enough for numpy, small enough for memory


class Analyzer:
    """Loads the bundled language data and models once; analyse texts with ``analyze``/``analyze_batch``.

    ``pipeline`` replaces the default one (``pipeline.default_pipeline``), e.g. with a component swapped."""

    def __init__(self, pipeline: Pipeline | None = None):
        self.models = load_models()
        self._given_pipeline = pipeline  # sent to worker processes, which otherwise build the default one
        self.pipeline = default_pipeline(models=self.models) if pipeline is None else pipeline
        from .lint import InclusiveChecker

        self._checker = InclusiveChecker()

    def analyze(self, text: str) -> Analysis:
        return self._analyze_many([text])[0]

    def _analyze_many(self, texts: list[str]) -> list[Analysis]:
        docs = []
        for text in texts:
            if not isinstance(text, str):
                raise TypeError(f"analyze() takes a str, not {type(text).__name__}")
            docs.append(Doc(text))
        self.pipeline(docs)
        return [doc.result() for doc in docs]

    def analyze_batch(self, texts: Iterable[str], n_jobs: int = 1) -> list[Analysis]:
        """Analyse many texts, results in input order. ``n_jobs`` > 1 uses that many processes."""
        texts = list(texts)
        if n_jobs is None or n_jobs <= 1 or len(texts) <= n_jobs:
            results = []
            for start in range(0, len(texts), BATCH):
                results.extend(self._analyze_many(texts[start:start + BATCH]))
            return results
        with Workers(n_jobs, self._given_pipeline) as workers:
            return workers.analyze_batch(texts)

    def iter_analyze(self, texts: Iterable[str]) -> Iterator[Analysis]:
        """Lazily analyse a stream of texts (constant memory)."""
        batch = []
        for text in texts:
            batch.append(text)
            if len(batch) >= BATCH:
                yield from self._analyze_many(batch)
                batch = []
        yield from self._analyze_many(batch)

    def lint(self, text: str) -> list[Finding]:
        """Inclusive-language findings for a city's own text (Turkish and English entries)."""
        return self._checker.check(text)


class Workers:
    """A pool of processes, each with its own Analyzer, kept open across many batches (``birarada analyze``).
    With ``pipeline``, each process analyses with a copy of it instead of the default pipeline."""

    def __init__(self, n_jobs: int, pipeline: Pipeline | None = None):
        self.n_jobs = n_jobs
        self.pipeline = pipeline
        self._pool: Pool | None = None

    @property
    def pool(self) -> Pool:
        if self._pool is None:
            raise RuntimeError("Workers must be used in a `with` block")
        return self._pool

    def __enter__(self) -> Workers:
        import multiprocessing

        self._pool = multiprocessing.get_context("spawn").Pool(self.n_jobs, initializer=_init_worker,
                                                                initargs=(self.pipeline,))
        return self

    def __exit__(self, *exc) -> None:
        self.pool.terminate()
        self.pool.join()

    def analyze_batch(self, texts: list[str]) -> list[Analysis]:
        size = max(1, -(-len(texts) // (self.n_jobs * 4)))
        chunks = [texts[i:i + size] for i in range(0, len(texts), size)]
        return [a for part in self.pool.map(_analyze_chunk_in_worker, chunks) for a in part]


_worker_analyzer: Analyzer | None = None


def _init_worker(pipeline: Pipeline | None) -> None:
    global _worker_analyzer
    _worker_analyzer = Analyzer(pipeline)


def _analyze_chunk_in_worker(texts: list[str]) -> list[Analysis]:
    if _worker_analyzer is None:
        raise RuntimeError("Not a Workers process: its initializer did not run")
    return _worker_analyzer.analyze_batch(texts)
