from django.core.management.base import BaseCommand

from birarada.monitoring.tasks import ensure_polling_schedule, ensure_reanalysis


class Command(BaseCommand):
    help = ("Start the feed polling schedule (a task that reads due feeds every minute and queues itself again) "
            "unless it is already queued, and queue re-analysis of items analysed by an older model version. "
            "Safe to run at every start, e.g. before `db_worker`.")

    def handle(self, *args, **options):
        if ensure_polling_schedule():
            self.stdout.write(self.style.SUCCESS("Feed polling schedule queued."))
        else:
            self.stdout.write("Feed polling schedule already queued.")
        if ensure_reanalysis():
            self.stdout.write("Items of an older model version will be analysed again.")
