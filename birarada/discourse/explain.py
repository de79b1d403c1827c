"""Short human-readable reasons, in Turkish for Turkish texts and in English otherwise."""

from __future__ import annotations

GROUND_NAMES = {
    "tr": {"ethnicity": "etnik köken", "migration": "göç", "religion": "din/inanç", "gender": "toplumsal cinsiyet",
           "sexual_orientation": "cinsel yönelim", "gender_identity": "cinsiyet kimliği", "disability": "engellilik",
           "age": "yaş", "socioeconomic": "sosyoekonomik durum", "other": "diğer"},
    "en": {"ethnicity": "ethnicity", "migration": "migration", "religion": "religion", "gender": "gender",
           "sexual_orientation": "sexual orientation", "gender_identity": "gender identity",
           "disability": "disability", "age": "age", "socioeconomic": "socioeconomic status", "other": "other"},
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
}


def not_analysed(lang: str) -> str:
    return f"Language '{lang}' is not supported; the text was not analysed."


def reason(lang: str, label: str, targets, types, signal_kinds) -> str:
    if "not_analysed" in signal_kinds:
        return not_analysed(lang)
    tr = lang == "tr"
    names = GROUND_NAMES["tr" if tr else "en"]
    type_names = TYPE_NAMES["tr" if tr else "en"]
    who = ", ".join(dict.fromkeys(f"{t.text} ({names.get(t.ground, t.ground)})" for t in targets))
    how = ", ".join(type_names.get(t, t) for t in types)
    if label == "hateful":
        if tr:
            return f"Nefret söylemi: {who or 'bir grup'} hedef alınıyor — {how}."
        return f"Hateful: targets {who or 'a group'} — {how}."
    if label == "offensive":
        if tr:
            return "Saldırgan: küfür veya hakaret var, ama korunan bir grubu hedef almıyor."
        return "Offensive: profanity or insult, but no protected group is targeted."
    notes = []
    if "counter_speech" in signal_kinds:
        notes.append("nefret söylemini eleştiriyor" if tr else "it condemns the hate it quotes or refers to")
    if "negation" in signal_kinds:
        notes.append("olumsuzlanmış bir ifade" if tr else "the hateful statement is negated")
    if "reclaimed" in signal_kinds or "in_group" in signal_kinds:
        notes.append("grubun kendi üyesi konuşuyor" if tr else "the speaker speaks as a member of the group")
    if tr:
        base = "Nefret söylemi veya saldırgan dil bulunmadı"
        if who:
            base += f"; anılan grup: {who}"
    else:
        base = "No hate speech or offensive language found"
        if who:
            base += f"; group mentioned: {who}"
    return base + (" (" + "; ".join(notes) + ")." if notes else ".")
