"""Address converters shared by the modules' URLconfs."""

from django.urls import register_converter


def register_format_converter(name: str, *formats: str) -> None:
    """A path converter `<name:fmt>` that matches one of `formats` (e.g. "pdf", "csv") and nothing else."""

    class FormatConverter:
        regex = "|".join(formats)

        def to_python(self, value: str) -> str:
            return value

        def to_url(self, value: str) -> str:
            return value

    register_converter(FormatConverter, name)
