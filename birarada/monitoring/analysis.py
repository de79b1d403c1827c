"""The bridge to the discourse engine (the process's one Analyzer, from core.engine): items analysed in batches.

Only task workers and management commands call `analyse_waiting_items`; web requests enqueue. What the engine
found is saved by the action `do_record_analysis`.
"""

import math

from django.db import connection, transaction
from django.utils.text import Truncator

from birarada.core.engine import analyzer, explanation_language
from birarada.discourse.lint import flagged_passages
from birarada.monitoring.actions import do_record_analysis
from birarada.monitoring.models import Item, ItemState
from birarada.monitoring.vocabulary import GROUND_BITS, TYPE_BITS, bits_of

BATCH_SIZE = 500


def model_version() -> str:
    from birarada import discourse

    return getattr(discourse, "MODEL_VERSION", "unknown")


# The engine's label sets the tier: hateful items come before offensive ones, offensive before the rest, so
# "hateful only" and "hateful or offensive" are ranges of one indexed column (priority >= tier).
TIER = {"hateful": 200.0, "offensive": 100.0}


def priority_of(label: str, hateful: float, offensive: float, reach: int | None) -> float:
    """Tier + hatefulness × reach: within a tier, a text read by 10,000 people comes before one read by ten.

    The second term stays below 100 (scores ≤ 1, reach < 10^70), so it never crosses into the next tier.
    """
    badness = hateful + 0.25 * offensive
    return round(TIER.get(label, 0.0) + min(99.0, badness * (1.0 + math.log10(1 + (reach or 0)))), 6)


def apply_analysis(item: Item, result, version: str) -> None:
    item.lang = result.lang[:8]
    item.engine_label = result.label
    item.engine_ground_bits = bits_of(result.grounds, GROUND_BITS)
    item.engine_type_bits = bits_of(result.types, TYPE_BITS)
    item.hateful_score = float(result.scores.get("hateful", 0.0))
    item.offensive_score = float(result.scores.get("offensive", 0.0))
    item.analysis = result.to_dict()
    item.model_version = version
    item.priority = priority_of(item.engine_label, item.hateful_score, item.offensive_score, item.reach)
    if item.state != ItemState.REVIEWED:
        # Until a person decides, reports count what the engine says.
        item.state = ItemState.QUEUED
        item.label = item.engine_label
        item.ground_bits = item.engine_ground_bits
        item.type_bits = item.engine_type_bits


def analyse_items(items: list[Item]) -> int:
    if not items:
        return 0
    version = model_version()
    results = analyzer().analyze_batch([item.text for item in items])
    for item, result in zip(items, results, strict=True):
        apply_analysis(item, result, version)
    return do_record_analysis(items, model_version=version)


def analyse_waiting_items(*, source_id: int | None = None, limit: int | None = None) -> int:
    """Analyse items waiting for analysis, BATCH_SIZE at a time; returns how many were analysed.

    Many workers may run this at once (tasks on the `analysis` queue): on PostgreSQL each batch is claimed with
    FOR UPDATE SKIP LOCKED inside the transaction that saves it, so no item is analysed twice, and a worker that
    dies mid-batch leaves its items waiting (its transaction is rolled back) for the next worker.
    """
    done = 0
    while limit is None or done < limit:
        size = BATCH_SIZE if limit is None else min(BATCH_SIZE, limit - done)
        analysed = analyse_next_batch(source_id=source_id, size=size)
        if not analysed:
            break
        done += analysed
    return done


def analyse_next_batch(*, source_id: int | None = None, size: int = BATCH_SIZE) -> int:
    with transaction.atomic():
        waiting = Item.objects.filter(state=ItemState.NEW)
        if source_id is not None:
            waiting = waiting.filter(source_id=source_id)
        if connection.features.has_select_for_update_skip_locked:
            waiting = waiting.select_for_update(skip_locked=True, of=("self",))
        return analyse_items(list(waiting.order_by("pk")[:size]))


def reanalyse_outdated_items(limit: int = 5000) -> int:
    """Analyse again up to `limit` items analysed with another model version; returns how many."""
    version = model_version()
    done = 0
    while done < limit:
        batch = list(
            Item.objects.exclude(state=ItemState.NEW).exclude(model_version=version).order_by("pk")[:BATCH_SIZE]
        )
        if not batch:
            break
        done += analyse_items(batch)
    return done


def check_draft(text: str) -> dict:
    """Inclusive-language findings and the passages the engine reads as hateful or offensive."""
    engine = analyzer()
    findings = engine.lint(text)
    flagged = []
    for start, end, result in flagged_passages(engine, text):
        flagged.append({"text": text[start:end].strip(), "label": result.label, "grounds": result.grounds,
                        "types": list(result.types), "explanation": result.explain(lang=explanation_language())})
    return {
        "findings": [{**f.to_dict(), "context": Truncator(text[max(0, f.start - 40):f.end + 40]).chars(120)}
                     for f in findings],
        "passages": flagged,
    }
