"""Streaming readers and writers for ``birarada analyze``: CSV, JSONL and plain text, constant memory.

Files are read as UTF-8 with ``surrogateescape``: an undecodable byte does not stop the run, it marks its
row as bad. Bad rows (undecodable, empty, not JSON, missing the text field) are still written out, with an
``error`` and no label, so no input is lost; they are counted in ``Tally``.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

_SURROGATE = re.compile(r"[\udc80-\udcff]")
ADDED_FIELDS = ("label", "score_hateful", "score_offensive", "grounds", "types", "lang", "error")

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class MissingColumn(Exception):
    def __init__(self, column: str, available: list[str]):
        self.column, self.available = column, available
        super().__init__(f"column {column!r} not found; the input has: {', '.join(available) or '(no columns)'}")


@dataclass
class Row:
    fields: dict  # the row as read, written back unchanged
    text: str | None  # None when the row is bad
    error: str = ""


@dataclass
class Tally:
    rows: int = 0
    bad: dict = field(default_factory=dict)

    def count_bad(self, reason: str) -> None:
        self.bad[reason] = self.bad.get(reason, 0) + 1

    @property
    def bad_rows(self) -> int:
        return sum(self.bad.values())


def input_format(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".tsv"):
        return suffix[1:]
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    return "txt"


def _checked(text, fields: dict, error_if_missing: bool = False) -> Row:
    if text is None:
        return Row(fields, None, "missing text")
    if not isinstance(text, str):
        text = str(text)
    if _SURROGATE.search(text):
        return Row(_clean(fields), None, "undecodable bytes")
    if not text.strip():
        return Row(fields, None, "empty text")
    return Row(fields, text)


def _clean(fields: dict) -> dict:
    """Replace undecodable bytes by U+FFFD so the row can still be written."""
    return {k: _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in fields.items()}


def read_rows(handle: IO[str], fmt: str, text_column: str) -> Iterator[Row]:
    if fmt in ("csv", "tsv"):
        reader = csv.DictReader(handle, delimiter="\t" if fmt == "tsv" else ",")
        columns = reader.fieldnames or []
        if text_column not in columns:
            raise MissingColumn(text_column, [_SURROGATE.sub("\ufffd", c) for c in columns])
        for record in reader:
            extra = record.pop(None, None)  # more cells than the header: keep them
            if extra:
                record["_extra"] = "\t".join(extra)
            yield _checked(record.get(text_column), record)
    elif fmt == "jsonl":
        first = True
        for line in handle:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                yield Row({"_raw": _SURROGATE.sub("\ufffd", line.rstrip("\n"))}, None, "not valid JSON")
                continue
            if not isinstance(record, dict):
                yield Row({"_raw": record}, None, "not a JSON object")
                continue
            if first and text_column not in record:
                raise MissingColumn(text_column, list(record))
            first = False
            yield _checked(record.get(text_column), record)
    else:
        for line in handle:
            text = line.rstrip("\r\n")
            yield _checked(text, {"text": text})


def open_input(path: str) -> IO[str]:
    if path == "-":
        return open(sys.stdin.fileno(), encoding="utf-8", errors="surrogateescape", newline="", closefd=False)
    return open(path, encoding="utf-8-sig", errors="surrogateescape", newline="")


class Writer:
    """Writes rows with the analysis added, as CSV or JSONL."""

    def __init__(self, handle: IO[str], fmt: str, explain: str | None = None):
        """`explain`: add an `explanation` column in that reader's language (tr, en, ar; "auto": the text's)."""
        self.handle, self.fmt, self.explain = handle, fmt, explain
        self.csv_writer: csv.DictWriter[str] | None = None

    def write(self, row: Row, analysis) -> None:
        fields = dict(row.fields)
        added = {
            "label": analysis.label if analysis else "",
            "score_hateful": analysis.scores["hateful"] if analysis else "",
            "score_offensive": analysis.scores["offensive"] if analysis else "",
            "grounds": analysis.grounds if analysis else [],
            "types": list(analysis.types) if analysis else [],
            "lang": analysis.lang if analysis else "",
            "error": row.error,
        }
        if self.explain is not None:
            reader = None if self.explain == "auto" else self.explain
            added["explanation"] = analysis.explain(lang=reader) if analysis else ""
        if self.fmt == "jsonl":
            out = dict(fields)
            for key, value in added.items():
                out[key if key not in fields else f"birarada_{key}"] = value
            self.handle.write(json.dumps(out, ensure_ascii=False) + "\n")
            return
        flat = {k: ";".join(v) if isinstance(v, list) else v for k, v in added.items()}
        out = {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v) for k, v in fields.items()}
        for key, value in flat.items():
            out[key if key not in fields else f"birarada_{key}"] = value
        if self.csv_writer is None:
            self.csv_writer = csv.DictWriter(self.handle, fieldnames=list(out), extrasaction="ignore")
            self.csv_writer.writeheader()
        self.csv_writer.writerow(out)
