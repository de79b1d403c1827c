from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    """Networks of cities and organizations: membership, the observatory of good practices, the method pool,
    joint actions and mentoring. Its manifest is `module.py`."""

    name = "birarada.network"
    label = "network"
    verbose_name = _("Network and shared learning")
