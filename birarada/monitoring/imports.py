"""Reading CSV and JSONL exports (social media comments, replies to the city's posts) with a column
mapping: which column holds the text, the link, the author handle, the date and the reach figures."""

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import datetime

from django.utils.dateparse import parse_date, parse_datetime

from birarada.core.files import FileReadError, decode_text
from birarada.monitoring.ingest import Entry

MAX_IMPORT_BYTES = 20 * 1024 * 1024


class UnreadableExport(ValueError):
    """The export cannot be read with this mapping; the message says what to change."""


@dataclass
class ColumnMapping:
    text: str = "text"
    link: str = ""
    author: str = ""
    published: str = ""
    reach: list[str] = field(default_factory=list)  # summed, e.g. likes + shares + replies

    @classmethod
    def from_dict(cls, data: dict) -> "ColumnMapping":
        reach = data.get("reach") or []
        if isinstance(reach, str):
            reach = [c.strip() for c in reach.split(",") if c.strip()]
        return cls(text=data.get("text") or "text", link=data.get("link") or "", author=data.get("author") or "",
                   published=data.get("published") or "", reach=list(reach))

    def to_dict(self) -> dict:
        return {"text": self.text, "link": self.link, "author": self.author, "published": self.published,
                "reach": self.reach}


def decode(content: bytes) -> str:
    """UTF-8, or Windows-1254 as exports from Turkish Excel often come; UnreadableExport if not text."""
    try:
        return decode_text(content)
    except FileReadError as error:
        raise UnreadableExport(str(error)) from None


def read_rows(file_name: str, content: bytes) -> list[dict]:
    if len(content) > MAX_IMPORT_BYTES:
        raise UnreadableExport(f"The file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB; split it.")
    text = decode(content)
    if file_name.lower().endswith((".jsonl", ".ndjson", ".json")):
        rows = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise UnreadableExport(f"Line {number} is not valid JSON.") from None
            if not isinstance(row, dict):
                raise UnreadableExport(f"Line {number} is not a JSON object.")
            rows.append(row)
        return rows
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.DictReader(io.StringIO(text), dialect=dialect))


def entries_from(file_name: str, content: bytes, mapping: ColumnMapping) -> tuple[list[Entry], int]:
    """The entries of an export and the number of rows skipped (no text)."""
    rows = read_rows(file_name, content)
    if rows and mapping.text not in rows[0]:
        columns = ", ".join(str(c) for c in list(rows[0])[:20])
        raise UnreadableExport(f"There is no column '{mapping.text}' in the file. Its columns are: {columns}.")
    entries, skipped = [], 0
    for row in rows:
        text = str(row.get(mapping.text) or "").strip()
        if not text:
            skipped += 1
            continue
        entries.append(Entry(
            text=text,
            link=str(row.get(mapping.link) or "") if mapping.link else "",
            author=str(row.get(mapping.author) or "") if mapping.author else "",
            published_at=_when(row.get(mapping.published)) if mapping.published else None,
            reach=_reach(row, mapping.reach),
        ))
    return entries, skipped


def _when(value) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        from datetime import UTC

        return datetime.fromtimestamp(value, tz=UTC)
    value = str(value).strip().replace("Z", "+00:00")
    try:
        parsed = parse_datetime(value)
        if parsed is None and (day := parse_date(value)):
            parsed = datetime(day.year, day.month, day.day)
        return parsed
    except ValueError:
        return None


def _reach(row: dict, columns: list[str]) -> int | None:
    if not columns:
        return None
    total, found = 0, False
    for column in columns:
        try:
            total += int(float(str(row.get(column) or "").replace(",", "").strip() or "x"))
            found = True
        except ValueError:
            continue
    return total if found else None
