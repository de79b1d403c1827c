from django.core.management import call_command
from django.core.management.base import BaseCommand

from birarada.core.workers import LeaseKeeper, new_worker_id, release_lease


class Command(BaseCommand):
    help = ("Run a background task worker that holds a lease: if it dies, the tasks it was running are run "
            "again by another worker (see birarada/core/workers.py). Use it instead of `db_worker`.")

    def add_arguments(self, parser):
        parser.add_argument("--queue-name", default="*", help="queues to take tasks from ('*': all)")
        parser.add_argument("--batch", action="store_true", help="run what is queued, then stop")
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between looks at the queue")

    def handle(self, *args, queue_name, batch, interval, **options):
        worker_id = new_worker_id()
        keeper = LeaseKeeper(worker_id)
        keeper.start()
        try:
            arguments = ["--worker-id", worker_id, "--queue-name", queue_name, "--no-reload", "--no-startup-delay",
                         "--interval", str(interval)]
            call_command("db_worker", *arguments, *(["--batch"] if batch else []),
                         verbosity=options.get("verbosity", 1))
        finally:
            keeper.stop()
            release_lease(worker_id)
