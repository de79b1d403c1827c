"""In-group reference: the speaker belongs to the group named ("Kürdüm", "I'm a …", "Kürt olarak"), so the
name is not an attack on it, and a slur the speaker claims once is reclaimed everywhere in the text."""

from __future__ import annotations

from types import ModuleType

from ..doc import Doc, Hit
from ..language import Language


class InGroup:
    name = "in_group"

    def __init__(self, languages: dict[str, Language]):
        self.languages = languages

    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            if doc.decisive:
                _mark_in_group(doc, self.languages[doc.lang].grammar)


def _mark_in_group(doc: Doc, grammar: ModuleType) -> None:
    protected = doc.evidence.protected
    markers = doc.by_kind.get("ingroup", ())
    speaking = [t for t in protected if _speaker_in_group(doc, t, markers, grammar)]
    if not speaking:
        return
    # "Kıro dediler, evet kıroyuz": the claimed slur is reclaimed in every use.
    reclaimed = {t.match.term.stem for t in speaking if t.kind == "slur"}
    for target in speaking:
        target.in_group = True
    for target in protected:
        if target.kind == "slur" and target.match.term.stem in reclaimed:
            target.in_group = True
    first = next(t for t in protected if t.in_group)
    doc.evidence.in_group = True
    doc.evidence.signals.append(("in_group", first.start, first.end))


def _speaker_in_group(doc: Doc, target: Hit, markers, grammar: ModuleType) -> bool:
    """A first-person ending on the group name, or an in-group marker near it: within the marker's reach after it
    (or INGROUP_AFTER words before it), in the target's own clause ("I'm not racist, but Black people …" is not
    in-group) — or its sentence, for a slur."""
    key = doc.key
    if grammar.FIRST_PERSON_SUFFIX is not None and grammar.FIRST_PERSON_SUFFIX.fullmatch(
            key[target.match.stem_end:target.end]):
        return True
    if not markers:
        return False
    ti = doc.token_index(target.start)
    return any(-grammar.INGROUP_AFTER <= ti - doc.token_index(m.start) <= marker_reach(m.match.term.data, target.kind)
               and (doc.clause(m.end - 1) == doc.clause(target.start)
                    or (target.kind == "slur" and doc.sentence(m.start) == doc.sentence(target.start)))
               and not _comparison(key, m.start, grammar)
               for m in markers)


def marker_reach(data: tuple, kind: str) -> int:
    """How many words after an in-group marker a group name (or a slur) may stand: the marker's data is
    (distance[, distance for a slur]); "I'm such a …" reclaims a slur four words on, but "I'm glad those
    immigrants …" is not said by an immigrant."""
    if not data:
        return 4
    return data[1] if kind == "slur" and len(data) > 1 else data[0]


def _comparison(key: str, pos: int, grammar: ModuleType) -> bool:
    """The marker at ``pos`` is the second "as" of "as cheap as a …"."""
    return (grammar.COMPARISON_MARKER is not None and key.startswith(grammar.COMPARISON_MARKER, pos)
            and grammar.AS_COMPARISON.search(key, max(0, pos - 25), pos) is not None)
