"""Core's own manifest: core is composed like any module (its capabilities live in capabilities.py and the
role table in access.py, because every module builds on them)."""

from datetime import timedelta

from birarada.core.modules import Manifest, PeriodicTask

MANIFEST = Manifest(
    label="core",
    periodic_tasks=(
        PeriodicTask("birarada.core.tasks.clear_expired_sessions", timedelta(days=1)),
        PeriodicTask("birarada.core.tasks.recover_abandoned_tasks", timedelta(minutes=2)),
    ),
)
