from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "birarada.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from birarada.core.actions import record_sign_in

        user_logged_in.connect(lambda sender, request, user, **kw: record_sign_in(user), weak=False)

        from django.db.models.signals import post_delete, post_save

        from birarada.core.lookups import organizations_changed
        from birarada.core.models import Organization

        post_save.connect(organizations_changed, sender=Organization, dispatch_uid="core-organizations-changed")
        post_delete.connect(organizations_changed, sender=Organization, dispatch_uid="core-organizations-deleted")
