"""Scoping helpers of the rule layer: who speaks, what is reported, what is literal.

* reported speech (English): words after a report verb that the speaker judges from outside are someone
  else's ("I'm sick of people calling immigrants rats", "Calling Jews vermin is disgusting");
* literal animals ("adopted a dog", "walk the dog") are not dehumanisation;
* in-group markers: how far a marker reaches ("I'm such a …" for a slur, not "I'm glad those immigrants …"),
  and "as cheap as a Jew" is a comparison, not "as a Jew";
* Turkish negation of a positive word by any finite negative verb after it, and "gitmesini istemiyorum"
  (the wish negated, not an attack).
"""

from __future__ import annotations

import re

_POSSESSIVE = frozenset(
    {"my", "our", "his", "her", "their", "pet", "adopted", "adopt", "walked", "walk", "feed", "fed"}
)
# Words before "a/an/the" that make the animal a predicate ("they are a plague", "like a rat", "bunch of the …").
_PREDICATING = frozenset({"is", "are", "was", "were", "be", "been", "being", "like", "just", "but", "such", "what",
                          "of", "as", "them", "call", "called", "only", "nothing", "all", "more", "its", "it's",
                          "theyre", "they're", "re", "s"})
# A finite negative verb ending the word: "sağlamadı", "düşünemez", "olmayacak", "vermiyorlar" (not the
# name "Yılmaz", not verbal nouns like "yürümesine").
TR_NEGATED_WORD = re.compile(r"\w\w(?:m[ae]d[iu](?:l[ae]r|m|k|n|n[iu]z)?|[ae]?m[ae]z(?:l[ae]r)?|"
                              r"[ae]?m[iu]yor(?:l[ae]r|um|uz|sun)?|m[ae]y[ae]c[ae]k(?:l[ae]r)?)$")
# "gitmesini istemiyorum" (I don't want them to leave): the negation belongs to the wish, not to an attack.
# ("kalmasını istemiyorum", I don't want them to stay, is still exclusion.)
TR_EMBEDDED_WISH = re.compile(r"\b(?:git|don|gonder|gonderil|kov|kovul|sur|surul|cik|defol|ayril|at|atil)"
                               r"m[ae](?:l[ae]r[iu]n[iu]|s[iu]n[iu])\s+$")

# Kinds that carry the speaker's judgement of what is reported.
_JUDGING = ("counter", "negative_emotion", "derogation", "insult", "profanity")
_FIRST_PERSON_BEFORE = re.compile(r"\b(?:i|we|i\s+\w+|we\s+\w+)\s+$")
_COPULA = re.compile(r"\s(?:is|was|are|were|needs|makes|sounds)\s(?!\w+\s+(?:is|are|was|were)\s)")


def marker_reach(data: tuple, kind: str) -> int:
    """How many words after an in-group marker a group name (or a slur) may stand."""
    if not data:
        return 4
    return data[1] if kind == "slur" and len(data) > 1 else data[0]


_AS_ADJ_AS = re.compile(r"\bas\s+\w+\s+$")


def comparative_as(key: str, pos: int) -> bool:
    """The marker at ``pos`` is the second "as" of "as cheap as a …"."""
    return key.startswith("as ", pos) and _AS_ADJ_AS.search(key, max(0, pos - 25), pos) is not None


def literal(key, tokens, token_ends, index) -> bool:
    """An animal word used literally: "adopted a dog", "walk the dog", "our cat" (English)."""
    if index <= 0:
        return False
    before = key[tokens[index - 1]:token_ends[index - 1]]
    if before in _POSSESSIVE:
        return True
    if before in ("a", "an", "the") and index >= 2:
        return key[tokens[index - 2]:token_ends[index - 2]] not in _PREDICATING
    return False


def reported_spans(key, by_kind, sentence, sentence_starts) -> tuple[list[tuple[int, int]], set[int]]:
    """English reported speech judged by the speaker: "I'm sick of people calling immigrants rats",
    "Calling Jews vermin is disgusting", "He said X; that's vile". The words after a report verb (to the
    end of its sentence) are someone else's when the speaker's own judgement stands outside them — before
    the report, in another sentence, or after a copula that closes a gerund subject ("… is vile").
    A first-person opinion ("I think that …", "we say …") is the speaker's own and is never a report."""
    reports = by_kind.get("report")
    judging = [h for kind in _JUDGING for h in by_kind.get(kind, ())]
    spans: list[tuple[int, int]] = []
    judges: set[int] = set()
    if not reports or not judging:
        return spans, judges
    for r in reports:
        if _FIRST_PERSON_BEFORE.search(key, max(0, r.start - 12), r.start):
            continue
        s_index = sentence(r.start)
        end = sentence_starts[s_index] if s_index < len(sentence_starts) else len(key)
        gerund = key[r.start:r.end].endswith("ing")
        closing = _COPULA.search(key, r.end, end) if gerund else None
        for j in judging:
            outside = j.start < r.start or j.start >= end
            # where the reported words stop, if the judgement comes after the copula that closes them
            copula_at = closing.start() if closing is not None and j.start >= closing.end() else None
            if outside or copula_at is not None:
                spans.append((r.end, end if copula_at is None else copula_at))
                judges.add(j.start)  # the judgement is aimed at the reporters, not at the group
                break
    return spans, judges
