from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Panels, CSO meetings, focus groups, trainings and workshops. What the module adds is in `module.py`."""

    name = "birarada.events"
    label = "events"
    verbose_name = _("Events")
