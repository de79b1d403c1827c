from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    """Media monitoring. What the module adds to the platform is in its manifest, `module.py`."""

    name = "birarada.monitoring"
    label = "monitoring"
    verbose_name = _("Monitoring")
