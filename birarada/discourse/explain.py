"""Short human-readable reasons, in the reader's language (Turkish, English or Arabic) whatever the text's.

`reason(...)` is what `Analysis.explain(lang=…)` returns; `reason_from_dict(analysis, lang)` gives the same for an
analysis stored as `Analysis.to_dict()` (the web shows each viewer the reason in the page's language). Without a
reader's language the reason is in the text's language when that is Turkish, and in English otherwise.
"""

from __future__ import annotations

READER_LANGS = ("tr", "en", "ar")

GROUND_NAMES = {
    "tr": {"ethnicity": "etnik köken", "migration": "göç", "religion": "din/inanç", "gender": "toplumsal cinsiyet",
           "sexual_orientation": "cinsel yönelim", "gender_identity": "cinsiyet kimliği", "disability": "engellilik",
           "age": "yaş", "socioeconomic": "sosyoekonomik durum", "other": "diğer"},
    "en": {"ethnicity": "ethnicity", "migration": "migration", "religion": "religion", "gender": "gender",
           "sexual_orientation": "sexual orientation", "gender_identity": "gender identity",
           "disability": "disability", "age": "age", "socioeconomic": "socioeconomic status", "other": "other"},
    "ar": {"ethnicity": "الأصل العرقي", "migration": "الهجرة", "religion": "الدين/المعتقد", "gender": "النوع الاجتماعي",
           "sexual_orientation": "التوجه الجنسي", "gender_identity": "الهوية الجندرية", "disability": "الإعاقة",
           "age": "العمر", "socioeconomic": "الوضع الاجتماعي والاقتصادي", "other": "أخرى"},
}
TYPE_NAMES = {
    "tr": {"negative_emotion": "nefret/tiksinti ifadesi", "derogation": "aşağılama", "dehumanisation":
           "insandışılaştırma", "threat": "tehdit", "violence_normalisation": "şiddeti olağanlaştırma",
           "exclusion": "dışlama", "blame": "suçlama", "slur": "aşağılayıcı hitap", "stereotype": "kalıp yargı",
           "symbolisation": "kimliği hakaret olarak kullanma", "denial": "inkâr"},
    "en": {"negative_emotion": "expressed hatred", "derogation": "derogation", "dehumanisation": "dehumanisation",
           "threat": "threat", "violence_normalisation": "normalising violence", "exclusion": "exclusion",
           "blame": "blame", "slur": "slur", "stereotype": "stereotype", "symbolisation": "identity used as an insult",
           "denial": "denial"},
    "ar": {"negative_emotion": "التعبير عن الكراهية", "derogation": "الحطّ من القدر", "dehumanisation": "نزع الإنسانية",
           "threat": "التهديد", "violence_normalisation": "تطبيع العنف", "exclusion": "الإقصاء", "blame": "تحميل اللوم",
           "slur": "الشتيمة العنصرية", "stereotype": "الصورة النمطية", "symbolisation": "استخدام الهوية كإهانة",
           "denial": "الإنكار"},
}
MESSAGES = {
    "tr": {"hateful": "Nefret söylemi: {who} hedef alınıyor — {how}.", "a_group": "bir grup",
           "offensive": "Saldırgan: küfür veya hakaret var, ama korunan bir grubu hedef almıyor.",
           "none": "Nefret söylemi veya saldırgan dil bulunmadı", "mentioned": "; anılan grup: {who}",
           "counter_speech": "nefret söylemini eleştiriyor", "negation": "olumsuzlanmış bir ifade",
           "in_group": "grubun kendi üyesi konuşuyor",
           "not_analysed": "'{lang}' dili desteklenmiyor; metin incelenmedi."},
    "en": {"hateful": "Hateful: targets {who} — {how}.", "a_group": "a group",
           "offensive": "Offensive: profanity or insult, but no protected group is targeted.",
           "none": "No hate speech or offensive language found", "mentioned": "; group mentioned: {who}",
           "counter_speech": "it condemns the hate it quotes or refers to",
           "negation": "the hateful statement is negated",
           "in_group": "the speaker speaks as a member of the group",
           "not_analysed": "Language '{lang}' is not supported; the text was not analysed."},
    "ar": {"hateful": "خطاب كراهية: يستهدف {who} — {how}.", "a_group": "مجموعة",
           "offensive": "مسيء: فيه شتم أو إهانة، لكنه لا يستهدف مجموعة محمية.",
           "none": "لم يُعثر على خطاب كراهية أو لغة مسيئة", "mentioned": "؛ المجموعة المذكورة: {who}",
           "counter_speech": "ينتقد خطاب الكراهية الذي يقتبسه أو يشير إليه", "negation": "العبارة الكارهة منفية",
           "in_group": "المتحدث يتكلم بصفته من أفراد المجموعة",
           "not_analysed": "اللغة '{lang}' غير مدعومة؛ لم يُحلَّل النص."},
}


def reader_language(text_lang: str, reader: str | None) -> str:
    if reader in READER_LANGS:
        return reader
    return "tr" if text_lang == "tr" and reader is None else "en"


def not_analysed(lang: str, reader: str | None = None) -> str:
    return MESSAGES[reader_language(lang, reader)]["not_analysed"].format(lang=lang)


def reason(lang: str, label: str, targets, types, signal_kinds, reader: str | None = None) -> str:
    """The reason for `label`, for a reader of `reader` (tr, en or ar; None: the text's language or English).
    `targets` have `.text` and `.ground`."""
    return _reason(lang, label, [(t.text, t.ground) for t in targets], list(types), set(signal_kinds), reader)


def reason_from_dict(analysis: dict, reader: str | None = None) -> str:
    """The same reason for an analysis stored with `Analysis.to_dict()`."""
    targets = [(t.get("text", ""), t.get("ground", "")) for t in analysis.get("targets", [])]
    kinds = {s.get("kind", "") for s in analysis.get("signals", [])}
    return _reason(analysis.get("lang", ""), analysis.get("label", "none"), targets, analysis.get("types", []),
                   kinds, reader)


def _reason(lang: str, label: str, targets: list[tuple[str, str]], types: list[str], kinds: set[str],
            reader: str | None) -> str:
    if "not_analysed" in kinds:
        return not_analysed(lang, reader)
    to = reader_language(lang, reader)
    words, names, type_names = MESSAGES[to], GROUND_NAMES[to], TYPE_NAMES[to]
    who = ", ".join(dict.fromkeys(f"{text} ({names.get(ground, ground)})" for text, ground in targets))
    how = ", ".join(type_names.get(t, t) for t in types)
    if label == "hateful":
        return words["hateful"].format(who=who or words["a_group"], how=how)
    if label == "offensive":
        return words["offensive"]
    notes = [words[kind] for kind in ("counter_speech", "negation") if kind in kinds]
    if "reclaimed" in kinds or "in_group" in kinds:
        notes.append(words["in_group"])
    base = words["none"] + (words["mentioned"].format(who=who) if who else "")
    separator = "؛ " if to == "ar" else "; "
    return base + (" (" + separator.join(notes) + ")." if notes else ".")
