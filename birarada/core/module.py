"""Core's own manifest: core is composed like any module (its capabilities live in capabilities.py and the
role table in access.py, because every module builds on them)."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from birarada.core.modules import Manifest, PeriodicTask

MANIFEST = Manifest(
    label="core",
    open_data="birarada.core.opendata.CORE_DATASETS",  # the public directory
    periodic_tasks=(
        PeriodicTask("birarada.core.tasks.clear_expired_sessions", timedelta(days=1)),
        PeriodicTask("birarada.core.tasks.recover_abandoned_tasks", timedelta(minutes=2)),
    ),
    audit_verbs=(
        ("auth.sign_in", _("Signed in")),
        ("auth.password_change", _("Changed their password")),
        ("organization.create", _("Organization created")),
        ("organization.update", _("Organization profile changed")),
        ("directory.import", _("Partner directory listings imported from an exchange file")),
        ("membership.add", _("Member added")),
        ("membership.remove", _("Member removed")),
        ("audit.export", _("Audit log exported")),
        ("system.heartbeat_request", _("Asked whether a task worker runs")),
        ("system.heartbeat_answer", _("A task worker answered")),
        ("system.rotate_encryption_keys", _("Personal data re-encrypted with a new key")),
        ("system.task_recover", _("A task lost with its worker was started again")),
    ),
)
