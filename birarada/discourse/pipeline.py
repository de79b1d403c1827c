"""The engine as a pipeline of named components over one ``Doc`` per text, listed here and nowhere else:

    normalise → identify_language → split_run_together_words → scan_lexicon → tokenise
    → quotation_and_reported_speech → in_group → negation → bind_targets → score → decide

Each component (``birarada.discourse.components``) has a ``name`` and is called with a batch of docs, which it
fills in place: the text is normalised and tokenised once, and the model scores a batch in one vectorised call
per language. Texts with nothing decisive skip the components between ``tokenise`` and ``negation``. The
explanation is not a stage: ``Analysis.explain`` builds it on demand, in the reader's language.

A component can be replaced or removed by name, e.g.
``Analyzer(pipeline=default_pipeline().replace("score", MyScore()))``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from .components.bind_targets import BindTargets
from .components.decide import Decide
from .components.identify_language import IdentifyLanguage
from .components.in_group import InGroup
from .components.negation import Negation
from .components.normalise import Normalise
from .components.quotation import QuotationAndReportedSpeech
from .components.scan_lexicon import ScanLexicon
from .components.score import Score
from .components.split_run_together_words import SplitRunTogetherWords
from .components.tokenise import Tokenise
from .doc import Doc
from .language import Language, load_languages
from .model import LinearModel, load_models


class Component(Protocol):
    name: str

    def __call__(self, docs: list[Doc]) -> None: ...


class Pipeline:
    """Components run in order over a batch of docs."""

    def __init__(self, components: Iterable[Component]):
        self.components = tuple(components)
        if len(set(self.names)) != len(self.components):
            raise ValueError(f"component names must be unique: {self.names}")

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, docs: list[Doc]) -> None:
        for component in self.components:
            component(docs)

    def replace(self, name: str, component: Component) -> Pipeline:
        """A pipeline with ``component`` in place of the one named ``name``."""
        self._position(name)
        return Pipeline(component if c.name == name else c for c in self.components)

    def remove(self, name: str) -> Pipeline:
        """A pipeline without the component named ``name``."""
        self._position(name)
        return Pipeline(c for c in self.components if c.name != name)

    def _position(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise KeyError(f"no component {name!r}; the pipeline has {', '.join(self.names)}") from None


def default_pipeline(languages: dict[str, Language] | None = None,
                     models: dict[str, LinearModel] | None = None) -> Pipeline:
    """The engine's pipeline over the bundled language data and models (compiled or loaded when not given)."""
    languages = load_languages() if languages is None else languages
    models = load_models() if models is None else models
    return Pipeline([
        Normalise(),
        IdentifyLanguage(languages),
        SplitRunTogetherWords(languages),
        ScanLexicon(languages),
        Tokenise(languages),
        QuotationAndReportedSpeech(languages),
        InGroup(languages),
        Negation(languages),
        BindTargets(languages),
        Score(models),
        Decide(models, analysed=languages),
    ])
