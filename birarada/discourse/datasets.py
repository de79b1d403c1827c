"""Readers for the training data in ``../shared/data`` and the fixed held-out split.

The split is a hash of the dataset name and the row id, so it never changes between runs, machines or
Python versions, and a row is in the held-out part for training and evaluation alike.
"""

from __future__ import annotations

import csv
import zlib
from dataclasses import dataclass
from pathlib import Path

HELD_OUT_PERCENT = 10


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    abusive: bool  # offensive or hateful
    label: str  # the dataset's own label


def default_data_dir() -> Path:
    """``../shared/data`` beside the project checkout (the repository root is two levels above this package)."""
    return Path(__file__).resolve().parents[3] / "shared" / "data"


def is_held_out(dataset: str, row_id: str) -> bool:
    return zlib.crc32(f"{dataset}:{row_id}".encode()) % 100 < HELD_OUT_PERCENT


def offenseval_tr(data_dir: Path) -> list[Example]:
    path = data_dir / "offenseval2020-tr" / "offenseval-tr-training-v1.tsv"
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Example(row["id"], row["tweet"], row["subtask_a"] == "OFF", row["subtask_a"]) for row in reader]


_DAVIDSON_LABELS = {"0": "hate", "1": "offensive", "2": "neither"}


def davidson_en(data_dir: Path) -> list[Example]:
    path = data_dir / "davidson2017" / "labeled_data.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames:
            raise ValueError(f"{path} is empty: it has no header row")
        id_column = reader.fieldnames[0]
        return [Example(row[id_column], row["tweet"], row["class"] != "2", _DAVIDSON_LABELS[row["class"]])
                for row in reader]


DATASETS = {"tr": ("offenseval2020-tr", offenseval_tr), "en": ("davidson2017", davidson_en)}


def load(lang: str, data_dir: Path) -> tuple[list[Example], list[Example]]:
    """Return (training, held_out) examples for a language."""
    name, reader = DATASETS[lang]
    examples = reader(data_dir)
    train = [e for e in examples if not is_held_out(name, e.id)]
    held_out = [e for e in examples if is_held_out(name, e.id)]
    return train, held_out
