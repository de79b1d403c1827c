"""What an analysis returns: the fixed vocabularies and the result objects.

These names are the engine's contract with the platform and with outside checks; keep them stable.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

LABELS = ("hateful", "offensive", "none")

#: The protected characteristic a text targets.
GROUNDS = ("ethnicity", "migration", "religion", "gender", "sexual_orientation", "gender_identity",
           "disability", "age", "socioeconomic", "other")

#: Discourse types: how a hateful text attacks a group. Each is documented here because it is shown to users.
DISCOURSE_TYPES = {
    "negative_emotion": "expresses hatred, disgust or contempt for a group (\"I hate …\", \"… iğreniyorum\")",
    "derogation": "ascribes negative attributes to a group or generalises about it (dirty, criminal, lazy; "
                  "also positive qualities denied: \"asla güvenilir olmadılar\")",
    "dehumanisation": "likens a group to animals, vermin, disease or filth",
    "threat": "threatens or calls for violence against a group",
    "violence_normalisation": "excuses, praises or welcomes violence against a group (\"oh olsun\", \"deserved it\")",
    "exclusion": "calls to expel, segregate or deny rights to a group, incl. as a question "
                 "(\"why are they still here?\")",
    "blame": "implicit derogation: blames a group for a city's or a country's ills (rents, crime, jobs)",
    "slur": "uses a slur: a word whose use itself demeans a group",
    "stereotype": "compares with or ascribes a trait to a group as a whole (\"Yahudi gibi cimri\")",
    "symbolisation": "uses a group identity itself as an insult (\"Ermeni dölü\", \"you're such a …\")",
    "denial": "denies a group's existence or identity, or the harm done to it (\"no such thing as …\")",
}

#: Signals: evidence found in the text, with spans. Not all of them make a text hateful.
SIGNAL_KINDS = {
    "negation": "a negation that reverses a cue (\"nefret etmiyorum\", \"not vermin\")",
    "counter_speech": "the text condemns hate it quotes or refers to",
    "quotation": "text inside quotation marks",
    "profanity": "swearing or a vulgar word",
    "insult": "an insult that names no protected group",
    "threat": "words of violence",
    "slur": "a slur",
    "reclaimed": "a slur or identity used by a speaker of the group about themselves",
    "in_group": "the speaker speaks as a member of the group",
    "positive": "a positive statement about the group",
    "not_analysed": "the language is not supported; the text was not analysed",
    "statistical": "the statistical model alone found the text offensive",
}


@dataclass(frozen=True, slots=True)
class Target:
    """Who is attacked or mentioned: a ground and the span of the words that name the group."""

    ground: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Signal:
    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Finding:
    """An inclusive-language finding: a term that stigmatises, why, and what to write instead."""

    start: int
    end: int
    term: str
    why: str
    suggestions: tuple[str, ...]
    ground: str
    lang: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["suggestions"] = list(self.suggestions)
        return data


@dataclass(slots=True)
class Analysis:
    text: str
    lang: str
    label: str
    scores: dict[str, float]
    targets: list[Target] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)

    @property
    def grounds(self) -> list[str]:
        """Grounds of the targets, each once, in order of appearance."""
        return list(dict.fromkeys(t.ground for t in self.targets))

    def explain(self, lang: str | None = None) -> str:
        """A short human-readable reason in the reader's language `lang` (tr, en or ar), whatever the text's; by
        default in the text's language when Turkish, else English. Built on demand: batch runs that never ask
        for it do not pay for it."""
        from .explain import reason

        return reason(self.lang, self.label, self.targets, self.types, [s.kind for s in self.signals], reader=lang)

    def to_dict(self) -> dict:
        """JSON-ready form, without the text itself (the caller already has it)."""
        return {
            "lang": self.lang,
            "label": self.label,
            "scores": dict(self.scores),
            "targets": [asdict(t) for t in self.targets],
            "grounds": self.grounds,
            "types": list(self.types),
            "signals": [asdict(s) for s in self.signals],
            "explanation": self.explain(),
        }
