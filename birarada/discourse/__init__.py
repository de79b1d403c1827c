"""birarada.discourse — offline Turkish and English hate-speech analysis.

    from birarada.discourse import Analyzer
    a = Analyzer().analyze("Suriyelilerden nefret ediyorum.")
    a.label, a.targets, a.types, a.explain()
"""

MODEL_VERSION = "2026.12-1"

from .analysis import DISCOURSE_TYPES, GROUNDS, LABELS, SIGNAL_KINDS, Analysis, Finding, Signal, Target  # noqa: E402

__all__ = ["Analyzer", "Analysis", "Target", "Signal", "Finding", "MODEL_VERSION", "GROUNDS",
           "DISCOURSE_TYPES", "LABELS", "SIGNAL_KINDS"]


def __getattr__(name):  # the analyzer pulls in the lexicons; import it only when asked for
    if name == "Analyzer":
        from .analyzer import Analyzer

        return Analyzer
    raise AttributeError(name)
