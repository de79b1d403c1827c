from django.apps import apps
from django.core.management.base import BaseCommand
from django.utils.module_loading import module_has_submodule

from birarada.core.scheduling import PERIODIC, ensure_scheduled


class Command(BaseCommand):
    help = "Queue the periodic background tasks (retention purge, reminders, feed polling) if none is waiting."

    def handle(self, *args, **options):
        from importlib import import_module

        for config in apps.get_app_configs():
            if config.name.startswith("birarada.") and module_has_submodule(config.module, "tasks"):
                import_module(f"{config.name}.tasks")
        started = ensure_scheduled()
        self.stdout.write(f"{len(PERIODIC)} periodic tasks; started {len(started)}: {', '.join(started) or '—'}")
