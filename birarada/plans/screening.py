"""What the discourse engine reads in a civil-society note, so moderators see hateful or offensive notes first.
Nothing is published automatically: every note waits for a person."""

from birarada.core.engine import analyzer


def screen(text: str) -> str:
    """The engine's label for the text: "hateful", "offensive" or "none"."""
    return analyzer().analyze(text).label
