from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NeedsConfig(AppConfig):
    """Needs assessment: studies made of focus groups and meetings, the representation of the people heard,
    their findings and the recommendations that become plan actions. Its manifest is `module.py`."""

    name = "birarada.needs"
    label = "needs"
    verbose_name = _("Needs assessment")
