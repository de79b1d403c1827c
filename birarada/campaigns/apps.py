from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    """Campaigns for international days, alone or with a network: phases, toolkit, submissions checked on arrival,
    comment moderation through the engine. Its manifest is `module.py`."""

    name = "birarada.campaigns"
    label = "campaigns"
    verbose_name = _("Campaigns")
