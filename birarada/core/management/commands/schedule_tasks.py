from django.core.management.base import BaseCommand

from birarada.core.modules import periodic_tasks
from birarada.core.scheduling import ensure_scheduled


class Command(BaseCommand):
    help = ("Queue the periodic background tasks the modules name (retention purge, reminders, feed polling) "
            "if none is waiting, and run the modules' start-up checks. Safe to repeat.")

    def handle(self, *args, **options):
        started = ensure_scheduled()
        self.stdout.write(
            f"{len(periodic_tasks())} periodic tasks; started {len(started)}: {', '.join(started) or '—'}"
        )
