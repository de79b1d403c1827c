"""The 81 provinces of Türkiye: plate number, name, and where the province centre (the provincial capital) lies.

The coordinates are the capital's, rounded to two decimals (about a kilometre): enough to place a province on
the directory's map (birarada/core/map.py), which draws one shape per province and needs no map server.

`province_for_place` finds the province of an organization that gave only its city ("İzmir", "IZMIR", "Izmir",
and a few common other names such as "İzmit" for Kocaeli or "Antep" for Gaziantep).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from birarada.discourse.normalise import casefold_tr


@dataclass(frozen=True)
class Province:
    code: str  # the plate number, two digits: "35"
    name: str  # in Turkish, as the province calls itself
    latitude: float
    longitude: float


PROVINCES: tuple[Province, ...] = tuple(Province(code, name, lat, lon) for code, name, lat, lon in (
    ("01", "Adana", 37.00, 35.32),
    ("02", "Adıyaman", 37.76, 38.28),
    ("03", "Afyonkarahisar", 38.76, 30.54),
    ("04", "Ağrı", 39.72, 43.05),
    ("05", "Amasya", 40.65, 35.83),
    ("06", "Ankara", 39.93, 32.86),
    ("07", "Antalya", 36.89, 30.71),
    ("08", "Artvin", 41.18, 41.82),
    ("09", "Aydın", 37.85, 27.85),
    ("10", "Balıkesir", 39.65, 27.88),
    ("11", "Bilecik", 40.14, 29.98),
    ("12", "Bingöl", 38.88, 40.50),
    ("13", "Bitlis", 38.40, 42.11),
    ("14", "Bolu", 40.74, 31.61),
    ("15", "Burdur", 37.72, 30.29),
    ("16", "Bursa", 40.19, 29.06),
    ("17", "Çanakkale", 40.15, 26.41),
    ("18", "Çankırı", 40.60, 33.62),
    ("19", "Çorum", 40.55, 34.95),
    ("20", "Denizli", 37.78, 29.09),
    ("21", "Diyarbakır", 37.91, 40.24),
    ("22", "Edirne", 41.68, 26.56),
    ("23", "Elazığ", 38.68, 39.22),
    ("24", "Erzincan", 39.75, 39.49),
    ("25", "Erzurum", 39.90, 41.27),
    ("26", "Eskişehir", 39.78, 30.52),
    ("27", "Gaziantep", 37.07, 37.38),
    ("28", "Giresun", 40.91, 38.39),
    ("29", "Gümüşhane", 40.46, 39.48),
    ("30", "Hakkari", 37.58, 43.74),
    ("31", "Hatay", 36.20, 36.16),
    ("32", "Isparta", 37.76, 30.55),
    ("33", "Mersin", 36.81, 34.64),
    ("34", "İstanbul", 41.01, 28.98),
    ("35", "İzmir", 38.42, 27.14),
    ("36", "Kars", 40.60, 43.10),
    ("37", "Kastamonu", 41.38, 33.78),
    ("38", "Kayseri", 38.73, 35.48),
    ("39", "Kırklareli", 41.73, 27.22),
    ("40", "Kırşehir", 39.15, 34.16),
    ("41", "Kocaeli", 40.77, 29.92),
    ("42", "Konya", 37.87, 32.48),
    ("43", "Kütahya", 39.42, 29.98),
    ("44", "Malatya", 38.35, 38.31),
    ("45", "Manisa", 38.61, 27.43),
    ("46", "Kahramanmaraş", 37.58, 36.94),
    ("47", "Mardin", 37.31, 40.74),
    ("48", "Muğla", 37.22, 28.36),
    ("49", "Muş", 38.75, 41.51),
    ("50", "Nevşehir", 38.62, 34.71),
    ("51", "Niğde", 37.97, 34.68),
    ("52", "Ordu", 40.98, 37.88),
    ("53", "Rize", 41.02, 40.52),
    ("54", "Sakarya", 40.78, 30.40),
    ("55", "Samsun", 41.29, 36.33),
    ("56", "Siirt", 37.93, 41.94),
    ("57", "Sinop", 42.03, 35.15),
    ("58", "Sivas", 39.75, 37.02),
    ("59", "Tekirdağ", 40.98, 27.51),
    ("60", "Tokat", 40.31, 36.55),
    ("61", "Trabzon", 41.00, 39.72),
    ("62", "Tunceli", 39.11, 39.55),
    ("63", "Şanlıurfa", 37.16, 38.79),
    ("64", "Uşak", 38.68, 29.41),
    ("65", "Van", 38.49, 43.38),
    ("66", "Yozgat", 39.82, 34.81),
    ("67", "Zonguldak", 41.46, 31.79),
    ("68", "Aksaray", 38.37, 34.03),
    ("69", "Bayburt", 40.26, 40.23),
    ("70", "Karaman", 37.18, 33.22),
    ("71", "Kırıkkale", 39.85, 33.51),
    ("72", "Batman", 37.89, 41.13),
    ("73", "Şırnak", 37.52, 42.46),
    ("74", "Bartın", 41.63, 32.34),
    ("75", "Ardahan", 41.11, 42.70),
    ("76", "Iğdır", 39.92, 44.05),
    ("77", "Yalova", 40.66, 29.27),
    ("78", "Karabük", 41.20, 32.63),
    ("79", "Kilis", 36.72, 37.12),
    ("80", "Osmaniye", 37.07, 36.25),
    ("81", "Düzce", 40.84, 31.16),
))

BY_CODE: dict[str, Province] = {p.code: p for p in PROVINCES}

# Other names people write for a province's city: its capital's own name or a short form.
_OTHER_NAMES = {
    "afyon": "03", "antakya": "31", "icel": "33", "izmit": "41", "adapazari": "54", "antep": "27", "maras": "46",
    "urfa": "63", "dersim": "62",
}


def place_key(text: str) -> str:
    """A place name folded for comparison: Turkish case (I/ı, İ/i), dotless ı as i, no accents, single spaces.
    "İZMİR", "izmir" and "Izmir" give the same key."""
    folded = casefold_tr(text or "").replace("ı", "i")
    without_marks = "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))
    return " ".join(without_marks.split())


_BY_KEY: dict[str, str] = {place_key(p.name): p.code for p in PROVINCES}
_BY_KEY.update({place_key(name): code for name, code in _OTHER_NAMES.items()})


def province_for_place(text: str) -> Province | None:
    """The province whose name (or whose capital's other name) is `text`, or None (a district, a city abroad)."""
    code = _BY_KEY.get(place_key(text))
    return BY_CODE[code] if code else None


def province_for_value(text: str) -> Province | None:
    """A province given as its plate number ("35", "6") or its name; None when neither."""
    value = (text or "").strip()
    if value.isdigit() and len(value) <= 2:
        return BY_CODE.get(value.zfill(2))
    return province_for_place(value)


def choices() -> list[tuple[str, str]]:
    """(plate number, "35 — İzmir") for a select, in plate-number order (the order Turkish forms use)."""
    return [(p.code, f"{p.code} — {p.name}") for p in PROVINCES]
