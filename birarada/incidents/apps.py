from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IncidentsConfig(AppConfig):
    """Discrimination reports. What the module adds to the platform is in its manifest, `module.py`."""

    name = "birarada.incidents"
    label = "incidents"
    verbose_name = _("Discrimination reports")
