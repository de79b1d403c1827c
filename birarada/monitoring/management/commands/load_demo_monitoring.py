from django.core.management.base import BaseCommand

from birarada.monitoring.demo import load_demo_monitoring
from birarada.monitoring.tasks import ensure_polling_schedule


class Command(BaseCommand):
    help = ("Give the demo city's equality unit (izmir) sources, a few hundred analysed items, reviews and a "
            "published report (idempotent), and start the feed polling schedule for the task worker.")

    def handle(self, *args, **options):
        added = load_demo_monitoring()
        started = ensure_polling_schedule()
        self.stdout.write(self.style.SUCCESS(f"Demo monitoring data ready ({added} new items)."))
        if started:
            self.stdout.write("Feed polling schedule queued for the task worker.")
