from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    """Local equality action plans. What the module adds to the platform is in its manifest, `module.py`."""

    name = "birarada.plans"
    label = "plans"
    verbose_name = _("Equality action plans")
